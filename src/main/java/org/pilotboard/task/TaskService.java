package org.pilotboard.task;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.pilotboard.account.WriteAccess;
import org.pilotboard.audit.AuditTrail;
import org.pilotboard.config.AppClock;
import org.pilotboard.http.JsonProblems;
import org.pilotboard.http.Problem;
import org.pilotboard.http.ProblemException;
import org.pilotboard.http.Versioned;
import org.pilotboard.plan.Measure;
import org.pilotboard.plan.Milestone;
import org.pilotboard.region.Region;
import org.pilotboard.task.TaskViews.StatusUpdateView;
import org.pilotboard.task.TaskViews.StatusUpdateWrite;
import org.pilotboard.task.TaskViews.TaskView;
import org.pilotboard.task.TaskViews.TaskWrite;

/**
 * Pilot tasks and their history. A task's current state and the history entry that explains it
 * are always written in one transaction, under a row lock, so concurrent writes serialise and
 * none is lost.
 *
 * <p>Over 400 lines on purpose: every write of a task (create, patch, status update, revision, delete)
 * follows the same lock, If-Match, rules, history and event steps, kept side by side so that they stay alike.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TaskService {

    /**
     * Who writes, when, and whether the write belongs to the demo set. A null time means "now",
     * taken once the task's row lock is held, so that history times follow the order of commits.
     */
    public record WriteContext(String author, Instant at, boolean demo) {}

    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    /** PATCH fields that exist on a task but are not changed by PATCH, with what to do instead. */
    private static final Map<String, String> NOT_PATCHABLE = Map.of(
            "status", "change it with POST /api/v1/tasks/{id}/updates",
            "progress", "change it with POST /api/v1/tasks/{id}/updates",
            "regionCode", "a task cannot move to another region; create it there instead",
            "baselineStart", "the baseline never changes; revise plannedStart instead",
            "baselineEnd", "the baseline never changes; revise plannedEnd instead");

    private final TaskReader reader;
    private final AuditTrail audit;
    private final AppClock clock;
    private final ObjectMapper json;
    private final Validator validator;
    /** Tells listeners (webhooks) of each write, in its transaction. */
    private final Event<TaskEvent> events;

    public TaskService(
            TaskReader reader,
            AuditTrail audit,
            AppClock clock,
            ObjectMapper json,
            Validator validator,
            Event<TaskEvent> events) {
        this.reader = reader;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
        this.json = json;
        this.validator = validator;
    }

    public Task require(long id) {
        return Task.<Task>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Task", id));
    }

    /**
     * The region a task belongs to, for permission checks before a write. In a transaction of its own:
     * outside one, the request's session would keep its connection until the request ends, so the
     * write's transaction would need a second one, and a burst of writes could take every connection
     * while each waits for its second.
     */
    @Transactional
    public String regionOf(long taskId) {
        return require(taskId).region.code;
    }

    // ---- writes -----------------------------------------------------------------------------

    @Transactional
    public TaskView create(TaskWrite write, WriteContext ctx) {
        return create(write, null, ctx);
    }

    /** Creates a task carrying a stable key of the system it comes from (unique in its region; null for none). */
    @Transactional
    public TaskView create(TaskWrite write, String externalKey, WriteContext ctx) {
        Task task = createTask(write, externalKey, ctx);
        TaskView created = reader.get(task.id, null);
        audit.record("task.create", "task", task.id, null, created);
        events.fire(new TaskEvent.Created(created));
        return created;
    }

    /** Creates a task in the current transaction and answers the entity (the demo set builds on it). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Task createTask(TaskWrite write, WriteContext ctx) {
        return createTask(write, null, ctx);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Task createTask(TaskWrite write, String externalKey, WriteContext ctx) {
        if (write.regionCode() == null || write.regionCode().isBlank()) {
            throw ProblemException.invalid("regionCode", "body", "must not be blank");
        }
        if (write.revisionReason() != null) {
            throw ProblemException.invalid(
                    "revisionReason", "body", "only a PATCH that changes planned dates takes a reason");
        }
        Region region = Region.findByCode(write.regionCode())
                .orElseThrow(
                        () -> ProblemException.invalid("regionCode", "body", "no region '" + write.regionCode() + "'"));
        Task task = new Task();
        task.region = region;
        apply(task, write);
        task.baselineStart = task.plannedStart;
        task.baselineEnd = task.plannedEnd;
        Instant at = timeOf(ctx);
        task.status = TaskStatus.not_started;
        task.progress = 0;
        task.lastVerifiedAt = at;
        task.createdAt = at;
        task.updatedAt = at;
        task.demo = ctx.demo();
        task.externalKey = externalKey;
        task.persist();
        task.flush();
        return task;
    }

    /** Applies a JSON merge patch; ifMatch must name the task's current version. */
    @Transactional
    public TaskView patch(long id, JsonNode patch, String ifMatch, WriteContext ctx) {
        if (!(patch instanceof ObjectNode patchObject)) {
            throw ProblemException.badRequest("The body must be a JSON object of the fields to change");
        }
        for (Iterator<String> names = patchObject.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (NOT_PATCHABLE.containsKey(name)) {
                throw ProblemException.invalid(name, "body", "cannot be changed here: " + NOT_PATCHABLE.get(name));
            }
        }
        Task task = lock(id);
        Versioned.requireMatch(ifMatch, task.version, "task");
        TaskWrite current = editable(task);
        TaskWrite merged = merge(current, patchObject);
        if (merged.equals(current)) {
            // Nothing changes (an empty patch, or every field as it is): no new version, audit entry or
            // updatedAt, so no other client's ETag goes stale for nothing.
            return reader.get(id, null);
        }
        return change(task, merged, ctx);
    }

    /**
     * Sets the editable fields of a task locked in this transaction to these, by the rules of PATCH:
     * a change of planned dates needs a revisionReason and is recorded as a revision.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public TaskView change(Task task, TaskWrite merged, WriteContext ctx) {
        long id = task.id;
        TaskView before = reader.get(id, null);
        var violations = validator.validate(merged);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        LocalDate oldStart = task.plannedStart;
        LocalDate oldEnd = task.plannedEnd;
        apply(task, merged);
        boolean datesChanged = !oldStart.equals(task.plannedStart) || !oldEnd.equals(task.plannedEnd);
        String reason =
                merged.revisionReason() == null ? null : merged.revisionReason().strip();
        String reasonProblem = StatusRules.revisionReasonProblem(datesChanged, reason);
        if (reasonProblem != null) {
            throw ProblemException.invalid("revisionReason", "body", reasonProblem);
        }
        Instant at = timeOf(ctx);
        task.updatedAt = at;
        task.flush();
        if (datesChanged) {
            TaskRevision revision = new TaskRevision();
            revision.taskId = task.id;
            revision.taskVersion = task.version;
            revision.previousPlannedStart = oldStart;
            revision.previousPlannedEnd = oldEnd;
            revision.plannedStart = task.plannedStart;
            revision.plannedEnd = task.plannedEnd;
            revision.reason = reason;
            revision.author = ctx.author();
            revision.recordedAt = at;
            revision.demo = ctx.demo();
            revision.persist();
        }
        TaskView after = reader.get(task.id, null);
        audit.record(datesChanged ? "task.revise" : "task.change", "task", id, before, after);
        events.fire(new TaskEvent.Changed(before, after));
        return after;
    }

    /** Deletes a task created in error; a task with history is kept (mark it suspended instead). */
    @Transactional
    public void delete(long id, String ifMatch) {
        Task task = lock(id);
        Versioned.requireMatch(ifMatch, task.version, "task");
        long history = StatusUpdate.count("taskId", id) + TaskRevision.count("taskId", id);
        if (history > 0) {
            throw ProblemException.conflict("Task " + id + " has " + history
                    + " history entr(ies) and cannot be deleted; post a status update to suspend it instead");
        }
        TaskView before = reader.get(id, null);
        task.delete();
        audit.record("task.delete", "task", id, before, null);
        events.fire(new TaskEvent.Deleted(before));
    }

    /**
     * Appends a status update and moves the task to it. ifMatch is optional here: appends never
     * overwrite each other, but a client may insist on the version it read. The caller's right to
     * write in the task's region is checked on the locked task, before anything changes.
     */
    @Transactional
    public StatusUpdateView postUpdate(
            long id, StatusUpdateWrite write, String ifMatch, WriteContext ctx, WriteAccess access) {
        Task task = lock(id);
        TaskView before = reader.get(id, null); // for the audit record; it also names the region
        access.checkRegion(before.regionCode());
        Versioned.checkOptionalMatch(ifMatch, task.version, "task");
        return appendUpdate(task, before, write, null, ctx);
    }

    /**
     * Posts a status update, with its audit record, to a task locked or created in this transaction;
     * externalKey is the update's stable key from the spreadsheet it comes from (unique per task; null for none).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public StatusUpdateView appendUpdate(Task task, StatusUpdateWrite write, String externalKey, WriteContext ctx) {
        return appendUpdate(task, reader.get(task.id, null), write, externalKey, ctx);
    }

    private StatusUpdateView appendUpdate(
            Task task, TaskView before, StatusUpdateWrite write, String externalKey, WriteContext ctx) {
        StatusUpdateView update = record(task, write, externalKey, ctx);
        audit.record("task.status_update", "task", task.id, before, update);
        events.fire(new TaskEvent.StatusUpdatePosted(before, update));
        return update;
    }

    /** Records a status update on a task already locked or just created in this transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public StatusUpdateView record(Task task, StatusUpdateWrite write, WriteContext ctx) {
        return record(task, write, null, ctx);
    }

    private StatusUpdateView record(Task task, StatusUpdateWrite write, String externalKey, WriteContext ctx) {
        Instant at = timeOf(ctx);
        LocalDate today = LocalDate.ofInstant(at, clock.zone());
        StatusRules.State next = StatusRules.next(StatusRules.State.of(task), write, today);
        StatusUpdate update = new StatusUpdate();
        update.taskId = task.id;
        update.previousStatus = task.status;
        update.previousProgress = task.progress;
        update.status = write.status();
        update.progress = next.progress();
        update.comment = write.comment() == null || write.comment().isBlank()
                ? null
                : write.comment().strip();
        update.evidence = write.evidence() == null ? List.of() : List.copyOf(write.evidence());
        update.author = ctx.author();
        update.recordedAt = at;
        update.demo = ctx.demo();
        update.externalKey = externalKey;

        next.applyTo(task);
        task.lastVerifiedAt = at;
        task.updatedAt = at;
        task.flush();
        update.actualStart = task.actualStart;
        update.actualEnd = task.actualEnd;
        update.taskVersion = task.version;
        update.persist();
        return StatusUpdateView.of(update);
    }

    // ---- helpers ----------------------------------------------------------------------------

    /** The task, locked for writing until the transaction ends; 404 when there is none. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Task lock(long id) {
        Task task = Task.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (task == null) {
            throw ProblemException.notFound("Task", id);
        }
        return task;
    }

    private void apply(Task task, TaskWrite write) {
        List<Problem.Violation> violations = fieldProblems(write);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        task.measureCode = write.measureCode();
        task.milestoneCode = write.milestoneCode();
        task.titleZh = write.titleZh().strip();
        task.titleEn = blankToNull(write.titleEn());
        task.descriptionZh = blankToNull(write.descriptionZh());
        task.descriptionEn = blankToNull(write.descriptionEn());
        task.responsibleUnit = write.responsibleUnit().strip();
        task.plannedStart = write.plannedStart();
        task.plannedEnd = write.plannedEnd();
        task.implementationDocNumber = blankToNull(write.implementationDocNumber());
        task.implementationDocUrl = blankToNull(write.implementationDocUrl());
        task.internalNote = blankToNull(write.internalNote());
    }

    /**
     * What is wrong with a task's fields beyond their bean constraints:
     * the measure and milestone must exist (an action or target measure), the dates must be in range
     * and in order. Empty when nothing is. Fields left null are skipped (they break a bean constraint).
     */
    public List<Problem.Violation> fieldProblems(TaskWrite write) {
        List<Problem.Violation> violations = new ArrayList<>();
        // Null-safe, so that the importer can ask for every problem of a row at once, its bean violations included.
        Measure measure = write.measureCode() == null ? null : Measure.findById(write.measureCode());
        if (measure == null && write.measureCode() != null) {
            violations.add(new Problem.Violation("measureCode", "body", "no measure '" + write.measureCode() + "'"));
        } else if (measure != null && !measure.kind.trackable()) {
            violations.add(new Problem.Violation(
                    "measureCode",
                    "body",
                    "measure " + measure.code + " is a " + measure.kind
                            + "; tasks carry out action or target measures"));
        }
        if (write.milestoneCode() != null && Milestone.findById(write.milestoneCode()) == null) {
            violations.add(
                    new Problem.Violation("milestoneCode", "body", "no milestone '" + write.milestoneCode() + "'"));
        }
        checkDate(violations, "plannedStart", write.plannedStart());
        checkDate(violations, "plannedEnd", write.plannedEnd());
        if (write.plannedStart() != null
                && write.plannedEnd() != null
                && write.plannedEnd().isBefore(write.plannedStart())) {
            violations.add(new Problem.Violation("plannedEnd", "body", "must not be before plannedStart"));
        }
        return violations;
    }

    private static void checkDate(List<Problem.Violation> violations, String field, LocalDate date) {
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            violations.add(new Problem.Violation(field, "body", "must be between " + EARLIEST + " and " + LATEST));
        }
    }

    /** A task's editable fields as a write (no region, no reason): the base a change is merged into. */
    public static TaskWrite editable(Task t) {
        return new TaskWrite(
                null,
                t.measureCode,
                t.milestoneCode,
                t.titleZh,
                t.titleEn,
                t.descriptionZh,
                t.descriptionEn,
                t.responsibleUnit,
                t.plannedStart,
                t.plannedEnd,
                t.implementationDocNumber,
                t.implementationDocUrl,
                null,
                t.internalNote);
    }

    /** RFC 7396 merge of a flat patch into the editable fields (TaskWrite has no nested objects). */
    private TaskWrite merge(TaskWrite current, ObjectNode patch) {
        ObjectNode merged = json.valueToTree(current);
        patch.fields().forEachRemaining(field -> {
            if (field.getValue().isNull()) {
                merged.remove(field.getKey());
            } else {
                merged.set(field.getKey(), field.getValue());
            }
        });
        try {
            return json.readerFor(TaskWrite.class)
                    .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(merged);
        } catch (JsonProcessingException e) {
            throw JsonProblems.of(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Instant timeOf(WriteContext ctx) {
        return ctx.at() != null ? ctx.at() : clock.now();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
