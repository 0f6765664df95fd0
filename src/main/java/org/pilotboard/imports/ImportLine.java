package org.pilotboard.imports;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.pilotboard.imports.ImportFile.SheetCell;
import org.pilotboard.task.TaskViews.StatusUpdateWrite;

/** A data row with its cells by column, read into typed values; failed when a cell could not be read or a check failed. */
final class ImportLine {

    enum Kind {
        TASK,
        UPDATE
    }

    final int row;
    final Map<ImportColumn, SheetCell> cells = new EnumMap<>(ImportColumn.class);
    /** The columns whose cell could not be read: their problem is told once, not again by later checks. */
    final Set<ImportColumn> unreadable = EnumSet.noneOf(ImportColumn.class);

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

    ImportLine(int row) {
        this.row = row;
    }

    String text(ImportColumn column) {
        SheetCell cell = cells.get(column);
        return cell == null || cell.text().isEmpty() ? null : cell.text();
    }
}
