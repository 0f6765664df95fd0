package org.pilotboard.task;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The task list and the status-update history as downloads, one operation per format: a typed client
 * gets a file from each, never a spreadsheet parsed as JSON. GET /tasks and GET /status-updates still
 * answer CSV and XLSX by Accept or ?format= for plain links, outside the document.
 */
@Path("/v1")
@Tag(name = "Exports", description = "The task list and the status-update history as CSV or XLSX files")
public class TaskExportResource {

    private static final String DISPOSITION =
            "Names the file, as in: attachment; filename=\"pilotboard-tasks-2026-12-04.csv\"";

    private final TaskExport export;

    public TaskExportResource(TaskExport export) {
        this.export = export;
    }

    @GET
    @Path("/tasks.csv")
    @Produces(TaskExport.CSV)
    @Operation(
            operationId = "exportTasksCsv",
            summary = "All tasks matching the filters, as CSV",
            description = "The same filters (and asOf) as listTasks, without paging: every matching task, one row "
                    + "each, streamed from a database cursor. UTF-8 with BOM, RFC 4180; cells a spreadsheet would "
                    + "run as formulas get a leading apostrophe.")
    @APIResponse(
            responseCode = "200",
            description = "The tasks as a CSV attachment",
            headers =
                    @Header(
                            name = "Content-Disposition",
                            description = DISPOSITION,
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(mediaType = TaskExport.CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response tasksCsv(@BeanParam TaskFilterParams query) {
        return export.tasks(query.filter(null, null), query.asOfDay(), false);
    }

    @GET
    @Path("/tasks.xlsx")
    @Produces(TaskExport.XLSX)
    @Operation(
            operationId = "exportTasksXlsx",
            summary = "All tasks matching the filters, as XLSX",
            description = "The same rows as exportTasksCsv in an Excel workbook; past 1,048,576 rows the rows go on "
                    + "in a sheet \"tasks (2)\", and so on.")
    @APIResponse(
            responseCode = "200",
            description = "The tasks as an XLSX attachment",
            content =
                    @Content(
                            mediaType = TaskExport.XLSX,
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response tasksXlsx(@BeanParam TaskFilterParams query) {
        return export.tasks(query.filter(null, null), query.asOfDay(), true);
    }

    @GET
    @Path("/status-updates.csv")
    @Produces(TaskExport.CSV)
    @Operation(
            operationId = "exportStatusUpdatesCsv",
            summary = "All status updates matching the filters, as CSV",
            description = "The same filters as listHistory, without paging: every matching status update, oldest "
                    + "first, each row with its task's region, factor, measure and title.")
    @APIResponse(
            responseCode = "200",
            description = "The status updates as a CSV attachment",
            content =
                    @Content(mediaType = TaskExport.CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response historyCsv(@BeanParam HistoryFilterParams query) {
        return export.history(query.filter(null, null), false);
    }

    @GET
    @Path("/status-updates.xlsx")
    @Produces(TaskExport.XLSX)
    @Operation(
            operationId = "exportStatusUpdatesXlsx",
            summary = "All status updates matching the filters, as XLSX",
            description = "The same rows as exportStatusUpdatesCsv in an Excel workbook.")
    @APIResponse(
            responseCode = "200",
            description = "The status updates as an XLSX attachment",
            content =
                    @Content(
                            mediaType = TaskExport.XLSX,
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response historyXlsx(@BeanParam HistoryFilterParams query) {
        return export.history(query.filter(null, null), true);
    }
}
