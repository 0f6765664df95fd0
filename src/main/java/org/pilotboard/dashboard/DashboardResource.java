package org.pilotboard.dashboard;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pilotboard.dashboard.DashboardViews.Burnup;
import org.pilotboard.dashboard.DashboardViews.MeasurePilots;
import org.pilotboard.dashboard.DashboardViews.Summary;
import org.pilotboard.dashboard.DashboardViews.Timeline;
import org.pilotboard.http.Params;
import org.pilotboard.task.TaskStatus;

@Path("/v1/dashboard")
@Tag(name = "Dashboard", description = "Aggregates and timelines for the public dashboard")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

    static final int DEFAULT_TIMELINE_LIMIT = 500;
    static final int MAX_TIMELINE_LIMIT = 20000;

    private final DashboardService dashboard;
    private final DashboardCharts charts;
    private final SummaryCache cache;

    public DashboardResource(DashboardService dashboard, DashboardCharts charts, SummaryCache cache) {
        this.dashboard = dashboard;
        this.charts = charts;
        this.cache = cache;
    }

    @GET
    @Path("/summary")
    @Operation(
            operationId = "getDashboardSummary",
            summary =
                    "Overall progress, counts by status per factor, region, region and factor, and milestone, "
                            + "overdue and stale counts, latest updates. The current summary is at most 0.75 s old and honours If-None-Match.")
    @APIResponse(
            responseCode = "200",
            description = "The summary",
            headers =
                    @Header(
                            name = "ETag",
                            description = "Of the current summary (not sent with asOf)",
                            schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = Summary.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    public Response summary(
            @QueryParam("asOf")
                    @Parameter(
                            description = "Show the state at the end of this day (rebuilt from the history)",
                            example = "2026-06-30",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    String asOf,
            @Context Request request) {
        LocalDate day = Params.date("asOf", asOf);
        if (day != null) {
            return Response.ok(dashboard.summary(day)).build();
        }
        SummaryCache.Entry current = cache.get();
        Response.ResponseBuilder notModified = request.evaluatePreconditions(current.etag());
        if (notModified != null) {
            return notModified.build();
        }
        return Response.ok(current.body(), MediaType.APPLICATION_JSON_TYPE)
                .tag(current.etag())
                .build();
    }

    @GET
    @Path("/timeline")
    @Operation(
            operationId = "getDashboardTimeline",
            summary = "Milestones and task bars (baseline, planned, actual) for a timeline")
    @APIResponse(
            responseCode = "200",
            description = "The timeline",
            content = @Content(schema = @Schema(implementation = Timeline.class)))
    public Timeline timeline(
            @QueryParam("region") @Parameter(description = "Region code", example = "hefei-metro") String region,
            @QueryParam("factor") @Parameter(description = "Factor code", example = "land") String factor,
            @QueryParam("milestone") @Parameter(description = "Milestone code", example = "2025") String milestone,
            @QueryParam("status")
                    @Parameter(description = "Status", schema = @Schema(implementation = TaskStatus.class))
                    String status,
            @QueryParam("limit")
                    @Parameter(
                            description = "Most tasks to return, 1 to 20000",
                            schema =
                                    @Schema(
                                            type = SchemaType.INTEGER,
                                            minimum = "1",
                                            maximum = "20000",
                                            defaultValue = "500"))
                    String limit,
            @QueryParam("asOf")
                    @Parameter(
                            description = "Show the state at the end of this day (rebuilt from the history)",
                            example = "2026-06-30",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    String asOf) {
        Integer max = Params.integer("limit", limit, 1, MAX_TIMELINE_LIMIT);
        return charts.timeline(
                Params.text("region", region, 64),
                Params.text("factor", factor, 40),
                Params.text("milestone", milestone, 20),
                Params.enumValue("status", status, TaskStatus.class),
                max == null ? DEFAULT_TIMELINE_LIMIT : max,
                Params.date("asOf", asOf));
    }

    @GET
    @Path("/measures")
    @Operation(
            operationId = "getDashboardMeasures",
            summary = "Which regions pilot each measure of the plan",
            description = "For every measure that has tasks, in plan order: the regions whose tasks carry it out, with "
                    + "their number of tasks, how many are completed and their mean progress.")
    @APIResponse(
            responseCode = "200",
            description = "The measures with their pilots",
            content = @Content(schema = @Schema(implementation = MeasurePilots.class)))
    public MeasurePilots measures(
            @QueryParam("demo")
                    @Parameter(
                            description = "Only demo tasks (true) or only real ones (false); both when absent",
                            schema = @Schema(type = SchemaType.BOOLEAN))
                    String demo,
            @QueryParam("asOf")
                    @Parameter(
                            description = "Show the state at the end of this day (rebuilt from the history)",
                            example = "2026-06-30",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    String asOf) {
        return dashboard.measurePilots(Params.bool("demo", demo), Params.date("asOf", asOf));
    }

    @GET
    @Path("/burnup")
    @Operation(
            operationId = "getDashboardBurnup",
            summary = "Completed tasks against the plan, month by month (burn-up), rebuilt from the history")
    @APIResponse(
            responseCode = "200",
            description = "The burn-up series",
            content = @Content(schema = @Schema(implementation = Burnup.class)))
    public Burnup burnup(
            @QueryParam("region") @Parameter(description = "Region code", example = "hefei-metro") String region,
            @QueryParam("factor") @Parameter(description = "Factor code", example = "land") String factor,
            @QueryParam("milestone") @Parameter(description = "Milestone code", example = "2025") String milestone,
            @QueryParam("asOf")
                    @Parameter(
                            description = "Show the state at the end of this day (rebuilt from the history)",
                            example = "2026-06-30",
                            schema = @Schema(type = SchemaType.STRING, format = "date"))
                    String asOf) {
        return charts.burnup(
                Params.text("region", region, 64),
                Params.text("factor", factor, 40),
                Params.text("milestone", milestone, 20),
                Params.date("asOf", asOf));
    }
}
