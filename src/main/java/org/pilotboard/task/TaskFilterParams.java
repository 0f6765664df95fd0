package org.pilotboard.task;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.enums.Explode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.pilotboard.http.Params;

/** The filters of the task list, shared by the JSON list and the CSV/XLSX exports. */
public class TaskFilterParams {

    // Typed as lists sent comma-separated (form, explode=false), so generated clients take lists of codes and statuses.
    @QueryParam("region")
    @Parameter(
            description = "Region code, or several separated by commas: hefei-metro,zhengzhou",
            explode = Explode.FALSE,
            schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    public String region;

    @QueryParam("factor")
    @Parameter(description = "Factor code", example = "land")
    public String factor;

    @QueryParam("measure")
    @Parameter(description = "Measure code", example = "5.2")
    public String measure;

    @QueryParam("milestone")
    @Parameter(description = "Milestone code", example = "2025")
    public String milestone;

    @QueryParam("status")
    @Parameter(
            description = "Status, or several separated by commas: delayed,suspended",
            explode = Explode.FALSE,
            schema = @Schema(type = SchemaType.ARRAY, implementation = TaskStatus.class))
    public String status;

    @QueryParam("overdue")
    @Parameter(
            description = "Only overdue (true) or only not overdue (false)",
            schema = @Schema(type = SchemaType.BOOLEAN))
    public String overdue;

    @QueryParam("stale")
    @Parameter(description = "Only stale (true) or only fresh (false)", schema = @Schema(type = SchemaType.BOOLEAN))
    public String stale;

    @QueryParam("demo")
    @Parameter(description = "Only demo (true) or only real (false) tasks", schema = @Schema(type = SchemaType.BOOLEAN))
    public String demo;

    @QueryParam("q")
    @Parameter(description = "Text in the Chinese or English title", example = "用地")
    public String q;

    @QueryParam("sort")
    @Parameter(
            description =
                    "Fields separated by commas, - for descending: id, plannedStart, plannedEnd, progress, status, "
                            + "lastVerifiedAt, createdAt, updatedAt, titleZh, region",
            example = "-progress,plannedEnd")
    public String sort;

    @QueryParam("asOf")
    @Parameter(
            description = "Show the state at the end of this day (rebuilt from the history)",
            example = "2026-06-30",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String asOf;

    TaskFilter filter(String page, String size) {
        return TaskFilter.parse(region, factor, measure, milestone, status, overdue, stale, demo, q, sort, page, size);
    }

    LocalDate asOfDay() {
        return Params.date("asOf", asOf);
    }
}
