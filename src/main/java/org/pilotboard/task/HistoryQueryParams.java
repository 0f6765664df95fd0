package org.pilotboard.task;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters of the JSON status-update history: the filters and the page. */
public class HistoryQueryParams extends HistoryFilterParams {

    @QueryParam("page")
    @Parameter(
            description = "Page number from 0 (list only)",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "0", defaultValue = "0"))
    public String page;

    @QueryParam("size")
    @Parameter(
            description = "Page size, 1 to 200 (list only)",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "200", defaultValue = "20"))
    public String size;

    @QueryParam("format")
    // Not in the document: typed clients call exportStatusUpdatesCsv / exportStatusUpdatesXlsx. Kept for plain links.
    @Parameter(
            hidden = true,
            description = "csv, xlsx or json: the same as the Accept header, for plain links",
            schema =
                    @Schema(
                            type = SchemaType.STRING,
                            enumeration = {"json", "csv", "xlsx"}))
    public String format;

    HistoryFilter filter() {
        return filter(page, size);
    }
}
