package org.pilotboard.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the import endpoints answer. */
public final class ImportViews {

    private ImportViews() {}

    /** What happened to a row: a task or status update created, a task's fields updated, or nothing (already so). */
    public enum Outcome {
        created,
        updated,
        unchanged
    }

    @Schema(
            name = "ImportResult",
            description = "Every row of the file and what happened to it (for a dry run: what would happen)")
    public record ImportResult(
            @Schema(description = "Only checked, nothing written")
            boolean dryRun,

            @Schema(description = "Rows read (blank and # rows left out)", example = "3")
            int rows,

            ImportCounts counts,
            List<RowResult> results) {}

    @Schema(name = "ImportCounts")
    public record ImportCounts(
            @Schema(example = "2") int created,
            @Schema(example = "0") int updated,
            @Schema(example = "1") int unchanged) {}

    @Schema(name = "ImportRowResult")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RowResult(
            @Schema(
                    description = "Row number as the spreadsheet shows it (the heading is usually row 1)",
                    example = "2")
            int row,

            @Schema(
                    enumeration = {"task", "update"},
                    example = "task")
            String kind,

            Outcome outcome,

            @Schema(
                    description = "The task written or updated; absent for a task a dry run would create",
                    example = "42")
            Long taskId,

            @Schema(example = "hefei-metro") String regionCode,

            @Schema(description = "The task's external key", example = "HF-LAND-01")
            String externalKey,

            @Schema(description = "Update rows: the update's key", example = "2026-Q2")
            String updateKey,

            @Schema(description = "Update rows: the status update recorded (or found)", example = "7")
            Long updateId,

            @Schema(
                    description = "The task's Chinese title: for a task row as the row leaves it, for an update row "
                            + "the title of the task it updates",
                    example = "探索建设用地增减挂钩节余指标跨省域调剂")
            String title,

            @Schema(
                    description = "The row's non-empty cells as read, by column key (the template's order)",
                    example = "{\"kind\": \"task\", \"regionCode\": \"hefei-metro\", \"externalKey\": \"HF-LAND-01\"}")
            Map<String, String> values) {}

    @Schema(name = "ImportRowError", description = "One problem of one row")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RowError(
            @Schema(description = "Row number as the spreadsheet shows it", example = "3")
            int row,

            @Schema(
                    description = "The column's heading as written in the file; absent for the row as a whole",
                    example = "地区代码 regionCode")
            String column,

            @Schema(description = "The column's key", example = "regionCode")
            String field,

            @Schema(example = "no region 'hefei'") String message) {}

    @Schema(
            name = "ImportProblem",
            description =
                    "RFC 9457 problem details for a rejected import: every problem of every row; nothing was written")
    public record ImportProblem(
            @Schema(example = "urn:pilotboard:problem:import-rejected")
            String type,

            @Schema(example = "Import rejected") String title,
            @Schema(example = "422") int status,

            @Schema(example = "2 problems in 2 rows; nothing was imported")
            String detail,

            String instance,

            @Schema(description = "Total problems found (errors lists at most the first 500)", example = "2")
            int errorCount,

            List<RowError> errors) {}
}
