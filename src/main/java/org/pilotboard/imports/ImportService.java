package org.pilotboard.imports;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pilotboard.audit.AuditTrail;
import org.pilotboard.config.AppClock;
import org.pilotboard.http.Problem;
import org.pilotboard.http.ProblemException;
import org.pilotboard.account.WriteAccess;
import org.pilotboard.imports.ImportFile.SheetCell;
import org.pilotboard.imports.ImportFile.SheetRow;
import org.pilotboard.imports.ImportViews.ImportCounts;
import org.pilotboard.imports.ImportViews.ImportResult;
import org.pilotboard.imports.ImportViews.Outcome;
import org.pilotboard.imports.ImportViews.RowError;
import org.pilotboard.imports.ImportViews.RowResult;
import org.pilotboard.region.Region;
import org.pilotboard.task.Evidence;
import org.pilotboard.task.StatusUpdate;
import org.pilotboard.task.Task;
import org.pilotboard.task.TaskService;
import org.pilotboard.task.TaskService.WriteContext;
import org.pilotboard.task.TaskStatus;
import org.pilotboard.task.TaskViews.StatusUpdateView;
import org.pilotboard.task.TaskViews.StatusUpdateWrite;
import org.pilotboard.task.TaskViews.TaskView;
import org.pilotboard.task.TaskViews.TaskWrite;

/**
 * Imports task rows and status-update rows in one transaction, all or nothing. First every row is
 * checked, in file order, against the tasks as they stand (locked for the rest of the transaction)
 * and as the rows above it leave them, by the rules of {@link TaskService}; if any row has a
 * problem, nothing is written and every problem is answered. Then each row is written through
 * {@link TaskService}, which checks again, takes the audit records and keeps the history.
 *
 * <p>Idempotent: tasks are found by region and external key, updates by their key within the task;
 * what is already there as the row says is {@code unchanged}.
 */
@ApplicationScoped
public class ImportService {

    static final int MAX_ERRORS = 500;
    private static final int FLUSH_EVERY = 100;
    private static final int MAX_KEY_LENGTH = 100;
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Map<String, TaskStatus> STATUS_WORDS = Map.ofEntries(
            Map.entry("未开始", TaskStatus.not_started), Map.entry("未启动", TaskStatus.not_started),
            Map.entry("进行中", TaskStatus.in_progress),
            Map.entry("推进中", TaskStatus.in_progress), Map.entry("已完成", TaskStatus.completed),
            Map.entry("完成", TaskStatus.completed), Map.entry("延期", TaskStatus.delayed),
            Map.entry("滞后", TaskStatus.delayed), Map.entry("暂停", TaskStatus.suspended),
            Map.entry("中止", TaskStatus.suspended));

    /** The file was refused: every problem found (at most MAX_ERRORS listed). Nothing was written. */
    static final class ImportRejected extends RuntimeException {
        final transient List<RowError> errors;
        final int total;
        final int rows;

        ImportRejected(List<RowError> errors, int total, int rows) {
            super(total + " problems", null, false, false);
            this.errors = errors;
            this.total = total;
            this.rows = rows;
        }
    }

    private final TaskService tasks;
    private final WriteAccess access;
    private final Validator validator;
    private final AppClock clock;
    private final AuditTrail audit;
    private final EntityManager em;

    public ImportService(TaskService tasks, WriteAccess access, Validator validator, AppClock clock, AuditTrail audit,
            EntityManager em) {
        this.tasks = tasks;
        this.access = access;
        this.validator = validator;
        this.clock = clock;
        this.audit = audit;
        this.em = em;
    }

    /** Checks every row and, unless dryRun or any row has a problem, writes them all; see the class comment. */
    @Transactional
    @TransactionConfiguration(timeout = 600)
    public ImportResult run(ImportFile file, boolean dryRun, WriteContext ctx) {
        Errors errors = new Errors();
        Map<Integer, ImportColumn> columns = headings(file, errors);
        errors.throwIfAny();
        if (file.rows.isEmpty()) {
            errors.add(file.heading.number() + 1, null, null,
                    "no rows to import below the heading row (rows starting with # are examples or comments and are left out)");
            errors.throwIfAny();
        }
        Set<ImportColumn> present = EnumSet.noneOf(ImportColumn.class);
        columns.values().stream().filter(Objects::nonNull).forEach(present::add);
        List<Line> lines = new ArrayList<>();
        for (SheetRow row : file.rows) {
            lines.add(parse(row, columns, present, errors));
        }
        Targets targets = lookUpAndLock(lines);
        List<Step> steps = new ArrayList<>();
        LocalDate today = clock.today();
        for (Line line : lines) {
            Step step = line.kind == Kind.TASK ? checkTask(line, present, targets, errors)
                    : line.kind == Kind.UPDATE ? checkUpdate(line, targets, today, errors) : null;
            if (step != null) {
                steps.add(step);
            }
        }
        errors.throwIfAny();
        if (dryRun) {
            QuarkusTransaction.setRollbackOnly(); // nothing was written; this keeps it so
        } else {
            int written = 0;
            for (Step step : steps) {
                write(step, ctx);
                if (++written % FLUSH_EVERY == 0) {
                    // Keeps the session small (each flush checks every entity in it); the row locks stay.
                    em.flush();
                    em.clear();
                }
            }
        }
        ImportResult result = result(steps, lines.size(), dryRun);
        if (!dryRun) {
            audit.record("import.apply", "import", null, null, Map.of("rows", result.rows(), "created",
                    result.counts().created(), "updated", result.counts().updated(), "unchanged", result.counts().unchanged()));
        }
        return result;
    }

    // ---- headings and cells -------------------------------------------------------------------

    /** The columns by position; unknown and repeated headings are problems of the heading row. */
    private static Map<Integer, ImportColumn> headings(ImportFile file, Errors errors) {
        if (file.heading == null) {
            errors.add(1, null, null, "the file has no heading row: the first row must name the columns (see the template)");
            return Map.of();
        }
        Map<Integer, ImportColumn> columns = new HashMap<>();
        Map<ImportColumn, String> seen = new EnumMap<>(ImportColumn.class);
        List<SheetCell> cells = file.heading.cells();
        for (int i = 0; i < cells.size(); i++) {
            String heading = cells.get(i).text();
            if (heading.startsWith("#")) {
                columns.put(i, null); // a column of the user's own: not read
                continue;
            }
            if (heading.isEmpty()) {
                continue;
            }
            ImportColumn column = ImportColumn.byHeading(heading);
            if (column == null) {
                errors.add(file.heading.number(), heading, null, "unknown column; the template lists the columns "
                        + "(a heading starting with # marks a column of your own, which is not read)");
            } else if (seen.containsKey(column)) {
                errors.add(file.heading.number(), heading, column.key, "the column " + column.key + " appears twice");
            } else {
                seen.put(column, heading);
                columns.put(i, column);
            }
        }
        if (errors.none() && !seen.containsKey(ImportColumn.KIND)) {
            errors.add(file.heading.number(), null, ImportColumn.KIND.key,
                    "no column " + ImportColumn.KIND.heading() + ": each row says whether it is a task or an update");
        }
        errors.headings = seen;
        return columns;
    }

    private enum Kind { TASK, UPDATE }

    /** A data row with its cells by column, read into typed values; failed when a cell could not be read. */
    private static final class Line {
        final int row;
        final Map<ImportColumn, SheetCell> cells = new EnumMap<>(ImportColumn.class);
        Kind kind;
        boolean failed;
        String region;
        String key;
        // task rows: the typed values of the columns present (null: blank)
        final Map<ImportColumn, Object> values = new EnumMap<>(ImportColumn.class);
        // update rows
        Long taskId;
        String updateKey;
        Long updateId;
        StatusUpdateWrite update;

        Line(int row) {
            this.row = row;
        }

        String text(ImportColumn column) {
            SheetCell cell = cells.get(column);
            return cell == null || cell.text().isEmpty() ? null : cell.text();
        }
    }

    private Line parse(SheetRow row, Map<Integer, ImportColumn> columns, Set<ImportColumn> present, Errors errors) {
        Line line = new Line(row.number());
        for (int i = 0; i < row.cells().size(); i++) {
            SheetCell cell = row.cell(i);
            ImportColumn column = columns.get(i);
            if (column == null) {
                if (!cell.blank() && !columns.containsKey(i)) {
                    errors.add(line.row, null, null, "cell " + columnLetter(i) + row.number() + " has no column heading");
                    line.failed = true;
                }
                continue;
            }
            if (cell.problem() != null) {
                error(line, errors, column, cell.problem());
            } else {
                line.cells.put(column, cell);
            }
        }
        String kind = line.text(ImportColumn.KIND);
        if (kind == null) {
            error(line, errors, ImportColumn.KIND, "empty: write task (任务) or update (进展)");
            return line;
        }
        line.kind = switch (kind.toLowerCase(Locale.ROOT)) {
            case "task", "任务" -> Kind.TASK;
            case "update", "进展", "更新" -> Kind.UPDATE;
            default -> null;
        };
        if (line.kind == null) {
            error(line, errors, ImportColumn.KIND, "'" + kind + "' is neither task (任务) nor update (进展)");
            return line;
        }
        for (Map.Entry<ImportColumn, SheetCell> e : line.cells.entrySet()) {
            ImportColumn column = e.getKey();
            if (!e.getValue().blank() && (line.kind == Kind.TASK ? !column.forTasks() : !column.forUpdates())) {
                error(line, errors, column, line.kind == Kind.TASK
                        ? "belongs on update rows: a task's status changes on an update row (kind update) naming the task"
                        : "belongs on task rows: a task's fields change on its task row (kind task)");
            }
        }
        line.region = line.text(ImportColumn.REGION_CODE);
        line.key = key(line, errors, ImportColumn.EXTERNAL_KEY);
        if (line.kind == Kind.TASK) {
            for (ImportColumn column : present) {
                if (column.rows == ImportColumn.Rows.TASK) {
                    line.values.put(column, column == ImportColumn.PLANNED_START || column == ImportColumn.PLANNED_END
                            ? date(line, errors, column) : line.text(column));
                }
            }
            if (line.region == null) {
                error(line, errors, ImportColumn.REGION_CODE, "required on task rows");
            }
            if (line.text(ImportColumn.EXTERNAL_KEY) == null) {
                error(line, errors, ImportColumn.EXTERNAL_KEY,
                        "required on task rows: a key of your own, unique in the region, by which a re-import finds the task");
            }
        } else {
            line.taskId = taskId(line, errors);
            line.updateKey = key(line, errors, ImportColumn.UPDATE_KEY);
            if (line.text(ImportColumn.UPDATE_KEY) == null) {
                error(line, errors, ImportColumn.UPDATE_KEY,
                        "required on update rows: a key of your own, unique for the task, so that a re-import does not record the update twice");
            }
            TaskStatus status = status(line, errors);
            Integer progress = progress(line, errors);
            List<Evidence> evidence = evidence(line);
            LocalDate actualStart = date(line, errors, ImportColumn.ACTUAL_START);
            LocalDate actualEnd = date(line, errors, ImportColumn.ACTUAL_END);
            if (status != null) {
                line.update = new StatusUpdateWrite(status, progress, line.text(ImportColumn.COMMENT), evidence,
                        actualStart, actualEnd);
            }
        }
        return line;
    }

    private String key(Line line, Errors errors, ImportColumn column) {
        String key = line.text(column);
        if (key == null) {
            return null;
        }
        if (key.length() > MAX_KEY_LENGTH || key.chars().anyMatch(Character::isISOControl)) {
            error(line, errors, column, "a key is at most " + MAX_KEY_LENGTH + " characters on one line");
            return null;
        }
        return key;
    }

    private static Long taskId(Line line, Errors errors) {
        String text = line.text(ImportColumn.TASK_ID);
        if (text == null) {
            return null;
        }
        try {
            long id = Long.parseLong(text);
            if (id >= 1) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        error(line, errors, ImportColumn.TASK_ID, "'" + text + "' is not a task id (a positive whole number)");
        return null;
    }

    private static TaskStatus status(Line line, Errors errors) {
        String text = line.text(ImportColumn.STATUS);
        if (text == null) {
            error(line, errors, ImportColumn.STATUS,
                    "required on update rows: not_started, in_progress, completed, delayed or suspended");
            return null;
        }
        TaskStatus word = STATUS_WORDS.get(text);
        if (word != null) {
            return word;
        }
        try {
            return TaskStatus.valueOf(text.toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_"));
        } catch (IllegalArgumentException e) {
            error(line, errors, ImportColumn.STATUS,
                    "'" + text + "' is not a status: not_started, in_progress, completed, delayed or suspended (未开始、进行中、已完成、延期、暂停)");
            return null;
        }
    }

    private static Integer progress(Line line, Errors errors) {
        String text = line.text(ImportColumn.PROGRESS);
        if (text == null) {
            return null;
        }
        String number = text.endsWith("%") || text.endsWith("％") ? text.substring(0, text.length() - 1).strip() : text;
        try {
            BigDecimal value = new BigDecimal(number);
            return value.intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            error(line, errors, ImportColumn.PROGRESS, "'" + text + "' is not a whole number from 0 to 100");
            return null;
        }
    }

    /** Links and document numbers, several per cell separated by new lines or semicolons. */
    private static List<Evidence> evidence(Line line) {
        List<Evidence> evidence = new ArrayList<>();
        String urls = line.text(ImportColumn.EVIDENCE_URL);
        if (urls != null) {
            for (String url : urls.split("[\\s;；]+")) {
                if (!url.isBlank()) {
                    evidence.add(new Evidence(url.strip(), null, null));
                }
            }
        }
        String numbers = line.text(ImportColumn.EVIDENCE_DOC_NUMBER);
        if (numbers != null) {
            for (String number : numbers.split("[\\r\\n;；]+")) {
                if (!number.isBlank()) {
                    evidence.add(new Evidence(null, number.strip(), null));
                }
            }
        }
        return evidence.isEmpty() ? null : evidence;
    }

    /** A date: an Excel date cell, or text YYYY-MM-DD (also YYYY/M/D, YYYY.M.D, YYYY年M月D日). */
    private static LocalDate date(Line line, Errors errors, ImportColumn column) {
        SheetCell cell = line.cells.get(column);
        if (cell == null || cell.blank()) {
            return null;
        }
        if (cell.date() != null) {
            return cell.date();
        }
        if (cell.number() != null) {
            error(line, errors, column, "is a number (" + cell.text() + "), not a date: write YYYY-MM-DD or format the cell as a date");
            return null;
        }
        Matcher m = DATE.matcher(cell.text());
        if (m.matches()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                error(line, errors, column, "'" + cell.text() + "' is not a day of the calendar");
                return null;
            }
        }
        error(line, errors, column, "'" + cell.text() + "' is not a date: write YYYY-MM-DD");
        return null;
    }

    // ---- the tasks the rows name ----------------------------------------------------------------

    /** A task the file names: one already there (locked) or one a task row of the file creates. */
    private static final class Target {
        Long id;
        final String region;
        final String key;
        /** The task entity, locked; for a task the file creates, set when it is written. */
        Task entity;
        /** Status, progress and actual dates as the rows so far leave them (a copy, never saved). */
        Task state;
        /** A row of the file could not be read: later rows are not checked against its state. */
        boolean broken;
        int definedOnRow;
        final Map<String, StatusUpdate> storedUpdates = new HashMap<>();
        final Map<String, Integer> fileUpdates = new HashMap<>();

        Target(Long id, String region, String key) {
            this.id = id;
            this.region = region;
            this.key = key;
        }
    }

    private static final class Targets {
        final Map<Long, Target> byId = new HashMap<>();
        final Map<String, Target> byKey = new HashMap<>();

        static String key(String region, String key) {
            return region + "\u0000" + key;
        }
    }

    /** Finds the tasks the rows name, locks them in id order (so imports and edits serialise), with their keyed updates. */
    private Targets lookUpAndLock(List<Line> lines) {
        Set<Long> ids = new HashSet<>();
        Set<String> regions = new HashSet<>();
        Set<String> keys = new HashSet<>();
        Set<String> pairs = new HashSet<>();
        for (Line line : lines) {
            if (line.taskId != null) {
                ids.add(line.taskId);
            }
            if (line.region != null && line.key != null) {
                regions.add(line.region);
                keys.add(line.key);
                pairs.add(Targets.key(line.region, line.key));
            }
        }
        Targets targets = new Targets();
        if (ids.isEmpty() && pairs.isEmpty()) {
            return targets;
        }
        ids.add(-1L); // no empty IN lists
        regions.add("");
        keys.add("");
        List<Object[]> found = em.createQuery("SELECT t.id, t.region.code, t.externalKey FROM Task t "
                        + "WHERE t.id IN :ids OR (t.region.code IN :regions AND t.externalKey IN :keys)", Object[].class)
                .setParameter("ids", ids).setParameter("regions", regions).setParameter("keys", keys).getResultList();
        Map<Long, Object[]> named = new HashMap<>();
        for (Object[] row : found) {
            long id = (Long) row[0];
            if (ids.contains(id) || row[2] != null && pairs.contains(Targets.key((String) row[1], (String) row[2]))) {
                named.put(id, row);
            }
        }
        if (named.isEmpty()) {
            return targets;
        }
        List<Task> locked = Task.<Task>find("id IN ?1", Sort.by("id"), named.keySet())
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
        for (Task task : locked) {
            Object[] row = named.get(task.id);
            Target target = new Target(task.id, (String) row[1], task.externalKey);
            target.entity = task;
            target.state = copy(task);
            targets.byId.put(task.id, target);
            if (task.externalKey != null) {
                targets.byKey.put(Targets.key(target.region, task.externalKey), target);
            }
        }
        Set<String> updateKeys = new HashSet<>();
        for (Line line : lines) {
            if (line.updateKey != null) {
                updateKeys.add(line.updateKey);
            }
        }
        if (!updateKeys.isEmpty()) {
            List<StatusUpdate> stored = StatusUpdate.list("taskId IN ?1 AND externalKey IN ?2", targets.byId.keySet(), updateKeys);
            for (StatusUpdate update : stored) {
                targets.byId.get(update.taskId).storedUpdates.put(update.externalKey, update);
            }
        }
        return targets;
    }

    private static Task copy(Task task) {
        Task copy = new Task();
        copy.status = task.status;
        copy.progress = task.progress;
        copy.actualStart = task.actualStart;
        copy.actualEnd = task.actualEnd;
        return copy;
    }

    // ---- checking the rows ------------------------------------------------------------------------

    /** A row that passed its checks, and what writing it does. */
    private record Step(Line line, Target target, Outcome outcome, TaskWrite task, StatusUpdateWrite update, Long updateId) {}

    private Step checkTask(Line line, Set<ImportColumn> present, Targets targets, Errors errors) {
        if (line.region == null || line.key == null) {
            return null;
        }
        Target target = targets.byKey.get(Targets.key(line.region, line.key));
        if (target != null && target.definedOnRow > 0) {
            error(line, errors, ImportColumn.EXTERNAL_KEY, "the task '" + line.key + "' of region " + line.region
                    + " is already on row " + target.definedOnRow + "; a task has one row per file");
            return null;
        }
        boolean regionOk = checkRegion(line, errors, line.region);
        if (target == null) {
            target = new Target(null, line.region, line.key);
            target.state = new Task();
            target.state.status = TaskStatus.not_started;
            target.state.progress = 0;
            targets.byKey.put(Targets.key(line.region, line.key), target);
        }
        target.definedOnRow = line.row;
        if (line.failed || !regionOk) {
            target.broken = true;
            return null;
        }
        if (target.entity == null) {
            TaskWrite write = new TaskWrite(line.region, (String) line.values.get(ImportColumn.MEASURE_CODE),
                    (String) line.values.get(ImportColumn.MILESTONE_CODE), (String) line.values.get(ImportColumn.TITLE_ZH),
                    (String) line.values.get(ImportColumn.TITLE_EN), (String) line.values.get(ImportColumn.DESCRIPTION_ZH),
                    (String) line.values.get(ImportColumn.DESCRIPTION_EN), (String) line.values.get(ImportColumn.RESPONSIBLE_UNIT),
                    (LocalDate) line.values.get(ImportColumn.PLANNED_START), (LocalDate) line.values.get(ImportColumn.PLANNED_END),
                    (String) line.values.get(ImportColumn.IMPLEMENTATION_DOC_NUMBER),
                    (String) line.values.get(ImportColumn.IMPLEMENTATION_DOC_URL), null,
                    (String) line.values.get(ImportColumn.INTERNAL_NOTE));
            if (!checkFields(line, errors, write)) {
                target.broken = true;
                return null;
            }
            return new Step(line, target, Outcome.created, write, null, null);
        }
        // A task already there: the columns in the file replace its fields, absent columns keep them.
        TaskWrite current = TaskService.editable(target.entity);
        TaskWrite merged = new TaskWrite(null,
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
            return new Step(line, target, Outcome.unchanged, null, null, null);
        }
        if (!checkFields(line, errors, merged)) {
            return null;
        }
        boolean datesChanged = !merged.plannedStart().equals(current.plannedStart())
                || !merged.plannedEnd().equals(current.plannedEnd());
        // The reason is read only when the dates change, so that the same file imports again unchanged.
        String reason = datesChanged ? line.text(ImportColumn.REVISION_REASON) : null;
        String reasonProblem = TaskService.revisionReasonProblem(datesChanged, reason);
        if (reasonProblem != null) {
            error(line, errors, ImportColumn.REVISION_REASON, reasonProblem);
            return null;
        }
        TaskWrite change = new TaskWrite(null, merged.measureCode(), merged.milestoneCode(), merged.titleZh(),
                merged.titleEn(), merged.descriptionZh(), merged.descriptionEn(), merged.responsibleUnit(),
                merged.plannedStart(), merged.plannedEnd(), merged.implementationDocNumber(),
                merged.implementationDocUrl(), reason, merged.internalNote());
        return new Step(line, target, Outcome.updated, change, null, null);
    }

    @SuppressWarnings("unchecked")
    private static <T> T value(Line line, Set<ImportColumn> present, ImportColumn column, T current) {
        return present.contains(column) ? (T) line.values.get(column) : current;
    }

    /** Bean constraints first, then the task rules (which need the constraints to hold). */
    private boolean checkFields(Line line, Errors errors, TaskWrite write) {
        Set<ConstraintViolation<TaskWrite>> violations = validator.validate(write);
        for (ConstraintViolation<TaskWrite> v : violations) {
            violation(line, errors, v.getPropertyPath().toString(), v.getMessage());
        }
        if (!violations.isEmpty()) {
            return false;
        }
        List<Problem.Violation> problems = tasks.fieldProblems(write);
        for (Problem.Violation v : problems) {
            violation(line, errors, v.field(), v.message());
        }
        return problems.isEmpty();
    }

    private Step checkUpdate(Line line, Targets targets, LocalDate today, Errors errors) {
        Target target = null;
        if (line.taskId != null) {
            target = targets.byId.get(line.taskId);
            if (target == null) {
                error(line, errors, ImportColumn.TASK_ID, "there is no task " + line.taskId);
                return null;
            }
            if (line.region != null && !line.region.equals(target.region)
                    || line.key != null && !line.key.equals(target.key)) {
                error(line, errors, ImportColumn.TASK_ID, "task " + line.taskId + " is in region " + target.region
                        + (target.key == null ? " without an external key" : " with the key '" + target.key + "'")
                        + ", not as this row says; give taskId or regionCode and externalKey");
                return null;
            }
        } else if (line.region != null && line.key != null) {
            target = targets.byKey.get(Targets.key(line.region, line.key));
            if (target == null) {
                error(line, errors, ImportColumn.EXTERNAL_KEY, "region " + line.region + " has no task '" + line.key
                        + "': add a task row for it above this row, or give its taskId");
                return null;
            }
        } else if (!line.failed) {
            error(line, errors, line.region == null ? ImportColumn.REGION_CODE : ImportColumn.EXTERNAL_KEY,
                    "name the task of this update: taskId, or regionCode and externalKey");
            return null;
        }
        if (target == null || !checkRegion(line, errors, target.region)) {
            return null;
        }
        if (line.updateKey == null) {
            return null;
        }
        Integer seenOn = target.fileUpdates.putIfAbsent(line.updateKey, line.row);
        if (seenOn != null) {
            error(line, errors, ImportColumn.UPDATE_KEY, "the update '" + line.updateKey + "' of this task is already on row " + seenOn);
            return null;
        }
        if (line.failed || line.update == null) {
            return null;
        }
        StatusUpdateWrite write = line.update;
        Set<ConstraintViolation<StatusUpdateWrite>> violations = validator.validate(write);
        for (ConstraintViolation<StatusUpdateWrite> v : violations) {
            violation(line, errors, v.getPropertyPath().toString(), v.getMessage());
        }
        if (!violations.isEmpty()) {
            return null;
        }
        StatusUpdate stored = target.storedUpdates.get(line.updateKey);
        if (stored != null) {
            if (!sameUpdate(stored, write)) {
                error(line, errors, ImportColumn.UPDATE_KEY, "the update '" + line.updateKey + "' of this task was recorded "
                        + "before (" + stored.status + ", " + stored.progress + "%) with other values; the history is "
                        + "never changed: give a new update a new key");
                return null;
            }
            return new Step(line, target, Outcome.unchanged, null, write, stored.id);
        }
        if (target.broken) {
            return null; // its task row has problems of its own: nothing to check the status rules against
        }
        try {
            int progress = TaskService.checkStatusRules(target.state, write, today);
            TaskService.moveTo(target.state, write, progress, today);
        } catch (ProblemException e) {
            problems(line, errors, e);
            return null;
        }
        return new Step(line, target, Outcome.created, null, write, null);
    }

    private static boolean sameUpdate(StatusUpdate stored, StatusUpdateWrite write) {
        List<Evidence> evidence = write.evidence() == null ? List.of() : write.evidence();
        return stored.status == write.status()
                && (write.progress() == null || stored.progress == write.progress())
                && Objects.equals(stored.comment, write.comment())
                && Objects.equals(stored.evidence == null ? List.of() : stored.evidence, evidence);
    }

    /** Whether the caller may write in the region (and it exists); a problem of the row's regionCode otherwise. */
    private boolean checkRegion(Line line, Errors errors, String region) {
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
            error(line, errors, ImportColumn.REGION_CODE, problem);
            return false;
        }
        return true;
    }

    // ---- writing -------------------------------------------------------------------------------

    private void write(Step step, WriteContext ctx) {
        Target target = step.target();
        try {
            if (step.outcome() == Outcome.unchanged) {
                return;
            }
            if (step.task() != null && target.id == null) {
                TaskView created = tasks.create(step.task(), target.key, ctx);
                target.id = created.id();
                target.entity = Task.findById(created.id());
            } else if (step.task() != null) {
                tasks.change(managed(target), step.task(), ctx);
            } else {
                StatusUpdateView update = tasks.appendUpdate(managed(target), step.update(), step.line().updateKey, ctx);
                step.line().updateId = update.id();
            }
        } catch (ProblemException e) {
            // Checked above already; a rule that still fails here fails the whole import, naming the row.
            Errors errors = new Errors();
            problems(step.line(), errors, e);
            errors.throwIfAny();
            throw e;
        } catch (ConstraintViolationException e) {
            Errors errors = new Errors();
            e.getConstraintViolations().forEach(v -> violation(step.line(), errors, v.getPropertyPath().toString(), v.getMessage()));
            errors.throwIfAny();
            throw e;
        }
    }

    /** The target's task in the current session (found again after the session was cleared; still locked). */
    private Task managed(Target target) {
        if (target.entity == null || !em.contains(target.entity)) {
            target.entity = em.find(Task.class, target.id);
        }
        return target.entity;
    }

    private static ImportResult result(List<Step> steps, int rows, boolean dryRun) {
        List<RowResult> results = new ArrayList<>();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (Step step : steps) {
            switch (step.outcome()) {
                case created -> created++;
                case updated -> updated++;
                case unchanged -> unchanged++;
            }
            Line line = step.line();
            Long updateId = step.updateId() != null ? step.updateId() : line.updateId;
            results.add(new RowResult(line.row, line.kind == Kind.TASK ? "task" : "update", step.outcome(),
                    step.target().id, step.target().region, step.target().key,
                    line.kind == Kind.UPDATE ? line.updateKey : null, updateId));
        }
        return new ImportResult(dryRun, rows, new ImportCounts(created, updated, unchanged), results);
    }

    // ---- problems ------------------------------------------------------------------------------

    private static void error(Line line, Errors errors, ImportColumn column, String message) {
        line.failed = true;
        errors.add(line.row, errors.heading(column), column.key, message);
    }

    /** A violation of TaskWrite or StatusUpdateWrite, in the column of its field. */
    private static void violation(Line line, Errors errors, String field, String message) {
        ImportColumn column = ImportColumn.byField(field);
        if (column == null) {
            line.failed = true;
            errors.add(line.row, null, field, message);
        } else {
            error(line, errors, column, message);
        }
    }

    private static void problems(Line line, Errors errors, ProblemException e) {
        List<Problem.Violation> violations = e.problem().violations();
        if (violations == null || violations.isEmpty()) {
            line.failed = true;
            errors.add(line.row, null, null, e.problem().detail());
            return;
        }
        for (Problem.Violation v : violations) {
            violation(line, errors, v.field(), v.message());
        }
    }

    private static String columnLetter(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    /** The problems found so far, in row order, at most MAX_ERRORS kept. */
    private static final class Errors {
        final List<RowError> list = new ArrayList<>();
        final Set<Integer> rows = new TreeSet<>();
        final Map<String, String> regionProblems = new HashMap<>();
        Map<ImportColumn, String> headings = Map.of();
        int total;

        void add(int row, String column, String field, String message) {
            total++;
            rows.add(row);
            if (list.size() < MAX_ERRORS) {
                list.add(new RowError(row, column, field, message));
            }
        }

        /** The heading of a column as the file writes it (or the template's, when the file has none). */
        String heading(ImportColumn column) {
            return headings.getOrDefault(column, column.heading());
        }

        boolean none() {
            return total == 0;
        }

        void throwIfAny() {
            if (total > 0) {
                throw new ImportRejected(List.copyOf(list), total, rows.size());
            }
        }
    }
}
