package org.pilotboard.task;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.Explode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.pilotboard.http.Params;

/** The filters of the status-update history across tasks, shared by the JSON list and the CSV/XLSX exports. */
public class HistoryFilterParams {

    // Typed as lists sent comma-separated (form, explode=false), as in TaskQueryParams.
    @QueryParam("region")
    @Parameter(
            description = "Region code, or several separated by commas: hefei-metro,zhengzhou",
            explode = Explode.FALSE,
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    public String region;

    @QueryParam("factor")
    @Parameter(description = "Factor code of the task's measure", example = "land")
    public String factor;

    @QueryParam("measure")
    @Parameter(description = "Measure code of the task", example = "5.2")
    public String measure;

    @QueryParam("milestone")
    @Parameter(description = "Milestone code of the task", example = "2025")
    public String milestone;

    @QueryParam("status")
    @Parameter(
            description = "Status the update set, or several separated by commas: completed,delayed",
            explode = Explode.FALSE,
            schema = @Schema(type = SchemaType.ARRAY, implementation = TaskStatus.class))
    public String status;

    @QueryParam("demo")
    @Parameter(
            description = "Only demo (true) or only real (false) updates",
            schema = @Schema(type = SchemaType.BOOLEAN))
    public String demo;

    @QueryParam("since")
    @Parameter(
            description = "Recorded on or after this day",
            example = "2026-01-01",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String since;

    @QueryParam("until")
    @Parameter(
            description = "Recorded on or before this day",
            example = "2026-06-30",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String until;

    HistoryFilter filter(String page, String size) {
        TaskFilter task =
                TaskFilter.parse(region, factor, measure, milestone, status, null, null, demo, null, null, page, size);
        return HistoryFilter.of(task, Params.date("since", since), Params.date("until", until));
    }
}
