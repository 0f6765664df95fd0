package org.pilotboard.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.pilotboard.account.WriteAccess;
import org.pilotboard.http.Problem;
import org.pilotboard.http.ProblemException;
import org.pilotboard.imports.ImportTargets.Target;
import org.pilotboard.imports.ImportTargets.Targets;
import org.pilotboard.imports.ImportViews.Outcome;
import org.pilotboard.region.Region;
import org.pilotboard.task.Evidence;
import org.pilotboard.task.StatusRules;
import org.pilotboard.task.StatusUpdate;
import org.pilotboard.task.TaskService;
import org.pilotboard.task.TaskViews.StatusUpdateWrite;
import org.pilotboard.task.TaskViews.TaskWrite;

/**
 * Checks each row against the tasks as they stand and as the rows above it leave them, by the rules of
 * {@link TaskService} and {@link StatusRules}. Every check runs on every row, whatever the others
 * found, so that one answer names every problem of the file; a row with a problem gives no step.
 */
@ApplicationScoped
class ImportChecks {

    /** A row that passed its checks, and what writing it does; title is the task's as the row leaves it. */
    record Step(
            ImportLine line,
            Target target,
            Outcome outcome,
            TaskWrite task,
            StatusUpdateWrite update,
            Long updateId,
            String title) {}

    private final TaskService tasks;
    private final WriteAccess access;
    private final Validator validator;

    ImportChecks(TaskService tasks, WriteAccess access, Validator validator) {
        this.tasks = tasks;
        this.access = access;
        this.validator = validator;
    }

    Step checkTask(ImportLine line, Set<ImportColumn> present, Targets targets, ImportErrors errors) {
        if (line.region == null || line.key == null) {
            return null; // told when the row was read
        }
        Target target = targets.byKey.get(Targets.key(line.region, line.key));
        if (target != null && target.definedOnRow > 0) {
            errors.error(
                    line,
                    ImportColumn.EXTERNAL_KEY,
                    "the task '" + line.key + "' of region " + line.region + " is already on row " + target.definedOnRow
                            + "; a task has one row per file");
            return null;
        }
        boolean regionOk = checkRegion(line, errors, line.region);
        if (target == null) {
            target = new Target(null, line.region, line.key);
            target.state = StatusRules.State.NEW;
            targets.byKey.put(Targets.key(line.region, line.key), target);
        }
        target.definedOnRow = line.row;
        boolean readable = !line.failed && regionOk;
        if (target.entity == null) {
            TaskWrite write = new TaskWrite(
                    line.region,
                    (String) line.values.get(ImportColumn.MEASURE_CODE),
                    (String) line.values.get(ImportColumn.MILESTONE_CODE),
                    (String) line.values.get(ImportColumn.TITLE_ZH),
                    (String) line.values.get(ImportColumn.TITLE_EN),
                    (String) line.values.get(ImportColumn.DESCRIPTION_ZH),
                    (String) line.values.get(ImportColumn.DESCRIPTION_EN),
                    (String) line.values.get(ImportColumn.RESPONSIBLE_UNIT),
                    (LocalDate) line.values.get(ImportColumn.PLANNED_START),
                    (LocalDate) line.values.get(ImportColumn.PLANNED_END),
                    (String) line.values.get(ImportColumn.IMPLEMENTATION_DOC_NUMBER),
                    (String) line.values.get(ImportColumn.IMPLEMENTATION_DOC_URL),
                    null,
                    (String) line.values.get(ImportColumn.INTERNAL_NOTE));
            target.title = write.titleZh();
            boolean fieldsOk = checkFields(line, errors, write);
            if (!readable || !fieldsOk) {
                target.broken = true;
                return null;
            }
            return new Step(line, target, Outcome.created, write, null, null, target.title);
        }
        // A task already there: the columns in the file replace its fields, absent columns keep them.
        TaskWrite current = TaskService.editable(target.entity);
        TaskWrite merged = new TaskWrite(
                null,
                value(line, present, ImportColumn.MEASURE_CODE, current.measureCode()),
                value(line, present, ImportColumn.MILESTONE_CODE, current.milestoneCode()),
                value(line, present, ImportColumn.TITLE_ZH, current.titleZh()),
                value(line, present, ImportColumn.TITLE_EN, current.titleEn()),
                value(line, present, ImportColumn.DESCRIPTION_ZH, current.descriptionZh()),
                value(line, present, ImportColumn.DESCRIPTION_EN, current.descriptionEn()),
                value(line, present, ImportColumn.RESPONSIBLE_UNIT, current.responsibleUnit()),
                value(line, present, ImportColumn.PLANNED_START, current.plannedStart()),
                value(line, present, ImportColumn.PLANNED_END, current.plannedEnd()),
                value(line, present, ImportColumn.IMPLEMENTATION_DOC_NUMBER, current.implementationDocNumber()),
                value(line, present, ImportColumn.IMPLEMENTATION_DOC_URL, current.implementationDocUrl()),
                null,
                value(line, present, ImportColumn.INTERNAL_NOTE, current.internalNote()));
        if (merged.equals(current)) {
            if (!readable) {
                target.broken = true;
                return null;
            }
            return new Step(line, target, Outcome.unchanged, null, null, null, target.title);
        }
        boolean fieldsOk = checkFields(line, errors, merged);
        if (merged.titleZh() != null) {
            target.title = merged.titleZh();
        }
        boolean datesKnown = merged.plannedStart() != null && merged.plannedEnd() != null;
        boolean datesChanged = datesKnown
                && (!merged.plannedStart().equals(current.plannedStart())
                        || !merged.plannedEnd().equals(current.plannedEnd()));
        // The reason is read only when the dates change, so that the same file imports again unchanged.
        String reason = datesChanged ? line.text(ImportColumn.REVISION_REASON) : null;
        String reasonProblem = datesKnown ? StatusRules.revisionReasonProblem(datesChanged, reason) : null;
        if (reasonProblem != null) {
            errors.error(line, ImportColumn.REVISION_REASON, reasonProblem);
        }
        if (!readable) {
            target.broken = true;
            return null;
        }
        if (!fieldsOk || reasonProblem != null) {
            return null;
        }
        TaskWrite change = new TaskWrite(
                null,
                merged.measureCode(),
                merged.milestoneCode(),
                merged.titleZh(),
                merged.titleEn(),
                merged.descriptionZh(),
                merged.descriptionEn(),
                merged.responsibleUnit(),
                merged.plannedStart(),
                merged.plannedEnd(),
                merged.implementationDocNumber(),
                merged.implementationDocUrl(),
                reason,
                merged.internalNote());
        return new Step(line, target, Outcome.updated, change, null, null, target.title);
    }

    @SuppressWarnings("unchecked")
    private static <T> T value(ImportLine line, Set<ImportColumn> present, ImportColumn column, T current) {
        return present.contains(column) ? (T) line.values.get(column) : current;
    }

    /** The bean constraints and the task rules together (the rules skip what a constraint already refuses). */
    private boolean checkFields(ImportLine line, ImportErrors errors, TaskWrite write) {
        Set<ConstraintViolation<TaskWrite>> violations = validator.validate(write);
        for (ConstraintViolation<TaskWrite> v : violations) {
            errors.violation(line, v.getPropertyPath().toString(), v.getMessage());
        }
        List<Problem.Violation> problems = tasks.fieldProblems(write);
        errors.violations(line, problems);
        return violations.isEmpty() && problems.isEmpty();
    }

    Step checkUpdate(ImportLine line, Targets targets, LocalDate today, ImportErrors errors) {
        Target target = target(line, targets, errors);
        boolean valid = true;
        if (line.update != null) {
            for (ConstraintViolation<StatusUpdateWrite> v : validator.validate(line.update)) {
                errors.violation(line, v.getPropertyPath().toString(), v.getMessage());
                valid = false;
            }
        }
        if (target == null || !checkRegion(line, errors, target.region) || line.updateKey == null) {
            return null;
        }
        Integer seenOn = target.fileUpdates.putIfAbsent(line.updateKey, line.row);
        if (seenOn != null) {
            errors.error(
                    line,
                    ImportColumn.UPDATE_KEY,
                    "the update '" + line.updateKey + "' of this task is already on row " + seenOn);
            return null;
        }
        StatusUpdateWrite write = line.update;
        if (write == null) {
            return null;
        }
        StatusUpdate stored = target.storedUpdates.get(line.updateKey);
        if (stored != null) {
            if (!valid) {
                return null;
            }
            if (!sameUpdate(stored, write)) {
                errors.error(
                        line,
                        ImportColumn.UPDATE_KEY,
                        "the update '" + line.updateKey + "' of this task was recorded "
                                + "before (" + stored.status + ", " + stored.progress
                                + "%) with other values; the history is "
                                + "never changed: give a new update a new key");
                return null;
            }
            return new Step(line, target, Outcome.unchanged, null, write, stored.id, target.title);
        }
        if (target.broken) {
            return null; // its task row has problems of its own: nothing to check the status rules against
        }
        List<Problem.Violation> broken = StatusRules.violations(target.state, write, today);
        errors.violations(line, broken);
        if (!valid || line.failed || !broken.isEmpty()) {
            return null;
        }
        target.state = StatusRules.move(target.state, write, StatusRules.progress(target.state, write), today);
        return new Step(line, target, Outcome.created, null, write, null, target.title);
    }

    /** The task an update row names (by id, or by region and key), or null with the row's problem told. */
    private static Target target(ImportLine line, Targets targets, ImportErrors errors) {
        if (line.taskId != null) {
            Target target = targets.byId.get(line.taskId);
            if (target == null) {
                errors.error(line, ImportColumn.TASK_ID, "there is no task " + line.taskId);
                return null;
            }
            if (line.region != null && !line.region.equals(target.region)
                    || line.key != null && !line.key.equals(target.key)) {
                errors.error(
                        line,
                        ImportColumn.TASK_ID,
                        "task " + line.taskId + " is in region " + target.region
                                + (target.key == null
                                        ? " without an external key"
                                        : " with the key '" + target.key + "'")
                                + ", not as this row says; give taskId or regionCode and externalKey");
                return null;
            }
            return target;
        }
        if (line.region != null && line.key != null) {
            Target target = targets.byKey.get(Targets.key(line.region, line.key));
            if (target == null) {
                errors.error(
                        line,
                        ImportColumn.EXTERNAL_KEY,
                        "region " + line.region + " has no task '" + line.key
                                + "': add a task row for it above this row, or give its taskId");
            }
            return target;
        }
        if (!line.failed) {
            errors.error(
                    line,
                    line.region == null ? ImportColumn.REGION_CODE : ImportColumn.EXTERNAL_KEY,
                    "name the task of this update: taskId, or regionCode and externalKey");
        }
        return null;
    }

    private static boolean sameUpdate(StatusUpdate stored, StatusUpdateWrite write) {
        List<Evidence> evidence = write.evidence() == null ? List.of() : write.evidence();
        return stored.status == write.status()
                && (write.progress() == null || stored.progress == write.progress())
                && Objects.equals(stored.comment, write.comment())
                && Objects.equals(stored.evidence == null ? List.of() : stored.evidence, evidence);
    }

    /** Whether the caller may write in the region (and it exists); a problem of the row's regionCode otherwise. */
    private boolean checkRegion(ImportLine line, ImportErrors errors, String region) {
        String problem = errors.regionProblems.computeIfAbsent(region, code -> {
            if (Region.findByCode(code).isEmpty()) {
                return "no region '" + code + "' (see /api/v1/regions)";
            }
            try {
                access.checkRegion(code);
                return "";
            } catch (ProblemException e) {
                return e.problem().detail();
            }
        });
        if (!problem.isEmpty()) {
            errors.error(line, ImportColumn.REGION_CODE, problem);
            return false;
        }
        return true;
    }
}
