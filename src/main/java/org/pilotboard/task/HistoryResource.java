package org.pilotboard.task;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pilotboard.http.PageResult;
import org.pilotboard.task.TaskViews.HistoryEntryView;

/** The status-update history across tasks: a public record, as JSON pages or as one CSV/XLSX download. */
@Path("/v1/status-updates")
@Tag(name = "Tasks")
@Produces(MediaType.APPLICATION_JSON)
public class HistoryResource {

    private final HistoryReader history;
    private final TaskExport export;

    public HistoryResource(HistoryReader history, TaskExport export) {
        this.history = history;
        this.export = export;
    }

    @Schema(name = "HistoryPage")
    public record HistoryPage(List<HistoryEntryView> items, int page, int size, long totalItems, int totalPages) {}

    @GET
    @Operation(operationId = "listHistory", summary = "Status updates across tasks, oldest first, filtered and paged")
    @APIResponse(
            responseCode = "200",
            description = "A page of status updates, each with its task",
            content = @Content(schema = @Schema(implementation = HistoryPage.class)))
    public PageResult<HistoryEntryView> list(@BeanParam HistoryQueryParams query) {
        return history.list(query.filter());
    }

    /** The same history as CSV or XLSX by Accept or ?format= (plain links); in the document, see TaskExportResource. */
    @GET
    // Lower quality than JSON, so that Accept: */* still gets the JSON list.
    @Produces({TaskExport.CSV + ";qs=0.5", TaskExport.XLSX + ";qs=0.5"})
    @Operation(hidden = true)
    public Response export(@BeanParam HistoryQueryParams query, @HeaderParam("Accept") String accept) {
        return export.history(query.filter(), TaskExport.wantsXlsx(query.format, accept));
    }
}
