package org.pilotboard.imports;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pilotboard.imports.ImportFile.SheetCell;
import org.pilotboard.imports.ImportFile.SheetRow;
import org.pilotboard.imports.ImportLine.Kind;
import org.pilotboard.task.Evidence;
import org.pilotboard.task.TaskStatus;
import org.pilotboard.task.TaskViews.StatusUpdateWrite;

/**
 * Reads a file's heading row into columns and each data row into an {@link ImportLine}: its kind,
 * the task it names, and its cells as dates, numbers, statuses and evidence. Needs nothing but the
 * cells; a cell that cannot be read is a problem of its row.
 */
final class ImportCells {

    static final int MAX_KEY_LENGTH = 100;
    private static final Pattern DATE =
            Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Map<String, TaskStatus> STATUS_WORDS = Map.ofEntries(
            Map.entry("未开始", TaskStatus.not_started),
            Map.entry("未启动", TaskStatus.not_started),
            Map.entry("进行中", TaskStatus.in_progress),
            Map.entry("推进中", TaskStatus.in_progress),
            Map.entry("已完成", TaskStatus.completed),
            Map.entry("完成", TaskStatus.completed),
            Map.entry("延期", TaskStatus.delayed),
            Map.entry("滞后", TaskStatus.delayed),
            Map.entry("暂停", TaskStatus.suspended),
            Map.entry("中止", TaskStatus.suspended));

    private ImportCells() {}

    /** The columns by position; unknown and repeated headings are problems of the heading row. */
    static Map<Integer, ImportColumn> headings(ImportFile file, ImportErrors errors) {
        if (file.heading == null) {
            errors.add(
                    1,
                    null,
                    null,
                    "the file has no heading row: the first row must name the columns (see the template)");
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
                errors.add(
                        file.heading.number(),
                        heading,
                        null,
                        "unknown column; the template lists the columns "
                                + "(a heading starting with # marks a column of your own, which is not read)");
            } else if (seen.containsKey(column)) {
                errors.add(file.heading.number(), heading, column.key, "the column " + column.key + " appears twice");
            } else {
                seen.put(column, heading);
                columns.put(i, column);
            }
        }
        if (errors.none() && !seen.containsKey(ImportColumn.KIND)) {
            errors.add(
                    file.heading.number(),
                    null,
                    ImportColumn.KIND.key,
                    "no column " + ImportColumn.KIND.heading() + ": each row says whether it is a task or an update");
        }
        errors.headings = seen;
        return columns;
    }

    /** A data row read by the columns; every cell is read, whatever problems the others have. */
    static ImportLine line(
            SheetRow row, Map<Integer, ImportColumn> columns, Set<ImportColumn> present, ImportErrors errors) {
        ImportLine line = new ImportLine(row.number());
        for (int i = 0; i < row.cells().size(); i++) {
            SheetCell cell = row.cell(i);
            ImportColumn column = columns.get(i);
            if (column == null) {
                if (!cell.blank() && !columns.containsKey(i)) {
                    errors.add(
                            line.row, null, null, "cell " + columnLetter(i) + row.number() + " has no column heading");
                    line.failed = true;
                }
                continue;
            }
            if (cell.problem() != null) {
                errors.unreadable(line, column, cell.problem());
            } else {
                line.cells.put(column, cell);
            }
        }
        String kind = line.text(ImportColumn.KIND);
        if (kind == null) {
            errors.error(line, ImportColumn.KIND, "empty: write task (任务) or update (进展)");
            return line;
        }
        line.kind = kind(kind);
        if (line.kind == null) {
            errors.error(line, ImportColumn.KIND, "'" + kind + "' is neither task (任务) nor update (进展)");
            return line;
        }
        for (Map.Entry<ImportColumn, SheetCell> e : line.cells.entrySet()) {
            ImportColumn column = e.getKey();
            if (!e.getValue().blank() && (line.kind == Kind.TASK ? !column.forTasks() : !column.forUpdates())) {
                errors.error(
                        line,
                        column,
                        line.kind == Kind.TASK
                                ? "belongs on update rows: a task's status changes on an update row (kind update) naming the task"
                                : "belongs on task rows: a task's fields change on its task row (kind task)");
            }
        }
        line.region = line.text(ImportColumn.REGION_CODE);
        line.key = key(line, errors, ImportColumn.EXTERNAL_KEY);
        if (line.kind == Kind.TASK) {
            for (ImportColumn column : present) {
                if (column.rows == ImportColumn.Rows.TASK) {
                    line.values.put(
                            column,
                            column == ImportColumn.PLANNED_START || column == ImportColumn.PLANNED_END
                                    ? date(line, errors, column)
                                    : line.text(column));
                }
            }
            if (line.region == null) {
                errors.error(line, ImportColumn.REGION_CODE, "required on task rows");
            }
            if (line.text(ImportColumn.EXTERNAL_KEY) == null) {
                errors.error(
                        line,
                        ImportColumn.EXTERNAL_KEY,
                        "required on task rows: a key of your own, unique in the region, by which a re-import finds the task");
            }
        } else {
            line.taskId = taskId(line, errors);
            line.updateKey = key(line, errors, ImportColumn.UPDATE_KEY);
            if (line.text(ImportColumn.UPDATE_KEY) == null) {
                errors.error(
                        line,
                        ImportColumn.UPDATE_KEY,
                        "required on update rows: a key of your own, unique for the task, so that a re-import does not record the update twice");
            }
            TaskStatus status = status(line, errors);
            Integer progress = progress(line, errors);
            List<Evidence> evidence =
                    evidence(line.text(ImportColumn.EVIDENCE_URL), line.text(ImportColumn.EVIDENCE_DOC_NUMBER));
            LocalDate actualStart = date(line, errors, ImportColumn.ACTUAL_START);
            LocalDate actualEnd = date(line, errors, ImportColumn.ACTUAL_END);
            if (status != null) {
                line.update = new StatusUpdateWrite(
                        status, progress, line.text(ImportColumn.COMMENT), evidence, actualStart, actualEnd);
            }
        }
        return line;
    }

    /** The kind of a row by its kind cell (English or Chinese), null for neither. */
    static Kind kind(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "task", "任务" -> Kind.TASK;
            case "update", "进展", "更新" -> Kind.UPDATE;
            default -> null;
        };
    }

    private static String key(ImportLine line, ImportErrors errors, ImportColumn column) {
        String key = line.text(column);
        if (key == null) {
            return null;
        }
        if (key.length() > MAX_KEY_LENGTH || key.chars().anyMatch(Character::isISOControl)) {
            errors.unreadable(line, column, "a key is at most " + MAX_KEY_LENGTH + " characters on one line");
            return null;
        }
        return key;
    }

    private static Long taskId(ImportLine line, ImportErrors errors) {
        String text = line.text(ImportColumn.TASK_ID);
        if (text == null) {
            return null;
        }
        Long id = taskId(text);
        if (id == null) {
            errors.unreadable(line, ImportColumn.TASK_ID, "'" + text + "' is not a task id (a positive whole number)");
        }
        return id;
    }

    /** A task id: a positive whole number; null otherwise. */
    static Long taskId(String text) {
        try {
            long id = Long.parseLong(text);
            return id >= 1 ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static TaskStatus status(ImportLine line, ImportErrors errors) {
        String text = line.text(ImportColumn.STATUS);
        if (text == null) {
            errors.unreadable(
                    line,
                    ImportColumn.STATUS,
                    "required on update rows: not_started, in_progress, completed, delayed or suspended");
            return null;
        }
        TaskStatus status = status(text);
        if (status == null) {
            errors.unreadable(
                    line,
                    ImportColumn.STATUS,
                    "'" + text
                            + "' is not a status: not_started, in_progress, completed, delayed or suspended (未开始、进行中、已完成、延期、暂停)");
        }
        return status;
    }

    /** A status by its key (any case, blanks or hyphens for underscores) or its Chinese word; null for none. */
    static TaskStatus status(String text) {
        TaskStatus word = STATUS_WORDS.get(text);
        if (word != null) {
            return word;
        }
        try {
            return TaskStatus.valueOf(text.toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_"));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Integer progress(ImportLine line, ImportErrors errors) {
        String text = line.text(ImportColumn.PROGRESS);
        if (text == null) {
            return null;
        }
        Integer progress = wholeNumber(text);
        if (progress == null) {
            errors.unreadable(line, ImportColumn.PROGRESS, "'" + text + "' is not a whole number from 0 to 100");
        }
        return progress;
    }

    /**
     * A whole number, with or without a trailing per cent sign (also the full-width ％), as in "40", "40%"
     * or "40.0"; null when the text is none. The range is the bean constraint's to check.
     */
    static Integer wholeNumber(String text) {
        String number = text.endsWith("%") || text.endsWith("％")
                ? text.substring(0, text.length() - 1).strip()
                : text;
        try {
            return new BigDecimal(number).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    /** Links and document numbers, several per cell (links split by blanks or semicolons, numbers by lines or semicolons). */
    static List<Evidence> evidence(String urls, String numbers) {
        List<Evidence> evidence = new ArrayList<>();
        if (urls != null) {
            for (String url : urls.split("[\\s;；]+")) {
                if (!url.isBlank()) {
                    evidence.add(new Evidence(url.strip(), null, null));
                }
            }
        }
        if (numbers != null) {
            for (String number : numbers.split("[\\r\\n;；]+")) {
                if (!number.isBlank()) {
                    evidence.add(new Evidence(null, number.strip(), null));
                }
            }
        }
        return evidence.isEmpty() ? null : evidence;
    }

    private static LocalDate date(ImportLine line, ImportErrors errors, ImportColumn column) {
        SheetCell cell = line.cells.get(column);
        if (cell == null || cell.blank()) {
            return null;
        }
        try {
            return date(cell);
        } catch (IllegalArgumentException e) {
            errors.unreadable(line, column, e.getMessage());
            return null;
        }
    }

    /**
     * A date: an Excel date cell, or text YYYY-MM-DD (also YYYY/M/D, YYYY.M.D, YYYY年M月D日).
     *
     * @throws IllegalArgumentException saying why the cell is no date
     */
    static LocalDate date(SheetCell cell) {
        if (cell.date() != null) {
            return cell.date();
        }
        if (cell.number() != null) {
            throw new IllegalArgumentException(
                    "is a number (" + cell.text() + "), not a date: write YYYY-MM-DD or format the cell as a date");
        }
        Matcher m = DATE.matcher(cell.text());
        if (m.matches()) {
            try {
                return LocalDate.of(
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("'" + cell.text() + "' is not a day of the calendar");
            }
        }
        throw new IllegalArgumentException("'" + cell.text() + "' is not a date: write YYYY-MM-DD");
    }

    /** A column's letters as a spreadsheet shows them (0: A, 26: AA). */
    static String columnLetter(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
