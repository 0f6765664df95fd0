package org.pilotboard.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pilotboard.imports.ImportChecks.Step;
import org.pilotboard.imports.ImportFile.SheetCell;
import org.pilotboard.imports.ImportLine.Kind;
import org.pilotboard.imports.ImportViews.ImportCounts;
import org.pilotboard.imports.ImportViews.ImportResult;
import org.pilotboard.imports.ImportViews.RowResult;

/** What an import answers: every row, what happened to it (or would, for a dry run), its task's title and its cells. */
final class ImportReport {

    private ImportReport() {}

    static ImportResult result(List<Step> steps, int rows, boolean dryRun) {
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
            ImportLine line = step.line();
            Long updateId = step.updateId() != null ? step.updateId() : line.updateId;
            results.add(new RowResult(
                    line.row,
                    line.kind == Kind.TASK ? "task" : "update",
                    step.outcome(),
                    step.target().id,
                    step.target().region,
                    step.target().key,
                    line.kind == Kind.UPDATE ? line.updateKey : null,
                    updateId,
                    step.title(),
                    values(line)));
        }
        return new ImportResult(dryRun, rows, new ImportCounts(created, updated, unchanged), results);
    }

    /** The row's non-empty cells as read, by column key, in the template's order of columns. */
    static Map<String, String> values(ImportLine line) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<ImportColumn, SheetCell> e : line.cells.entrySet()) {
            if (!e.getValue().text().isEmpty()) {
                values.put(e.getKey().key, e.getValue().text());
            }
        }
        return values;
    }
}
