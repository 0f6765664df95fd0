package org.pilotboard.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.pilotboard.http.Problem;
import org.pilotboard.http.ProblemException;
import org.pilotboard.imports.ImportViews.RowError;

/** The problems of a file found so far, in the order found, at most MAX_ERRORS kept; and how a problem lands in its row's column. */
final class ImportErrors {

    static final int MAX_ERRORS = 500;

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

    final List<RowError> list = new ArrayList<>();
    final Set<Integer> rows = new TreeSet<>();
    /** Per region code, what keeps the caller from writing there ("" for nothing), asked once per file. */
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

    /** A problem of a row's cell in this column. */
    void error(ImportLine line, ImportColumn column, String message) {
        line.failed = true;
        add(line.row, heading(column), column.key, message);
    }

    /** A problem of a cell that cannot be read: later checks of the same cell say nothing more. */
    void unreadable(ImportLine line, ImportColumn column, String message) {
        line.unreadable.add(column);
        error(line, column, message);
    }

    /** A violation of TaskWrite or StatusUpdateWrite, in the column of its field (none if that cell was unreadable). */
    void violation(ImportLine line, String field, String message) {
        ImportColumn column = ImportColumn.byField(field);
        if (column == null) {
            line.failed = true;
            add(line.row, null, field, message);
        } else if (!line.unreadable.contains(column)) {
            error(line, column, message);
        } else {
            line.failed = true;
        }
    }

    void violations(ImportLine line, List<Problem.Violation> violations) {
        for (Problem.Violation v : violations) {
            violation(line, v.field(), v.message());
        }
    }

    void problems(ImportLine line, ProblemException e) {
        List<Problem.Violation> violations = e.problem().violations();
        if (violations == null || violations.isEmpty()) {
            line.failed = true;
            add(line.row, null, null, e.problem().detail());
            return;
        }
        violations(line, violations);
    }
}
