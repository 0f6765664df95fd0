package org.pilotboard.task;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.pilotboard.http.Problem;

/** Lets a plain link to the task list or the history choose the export format: {@code ?format=csv|xlsx|json} stands for the Accept header. */
public class ExportFormat {

    private static final Map<String, String> FORMATS =
            Map.of("csv", TaskExport.CSV, "xlsx", TaskExport.XLSX, "json", MediaType.APPLICATION_JSON);

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> chooseFormat(ContainerRequestContext request) {
        String format = request.getUriInfo().getQueryParameters().getFirst("format");
        String path = request.getUriInfo().getPath();
        if (format == null || !(path.endsWith("/v1/tasks") || path.endsWith("/v1/status-updates"))) {
            return Optional.empty();
        }
        String type = FORMATS.get(format);
        if (type == null) {
            return Optional.of(Response.status(400)
                    .type(Problem.MEDIA_TYPE)
                    .entity(new Problem(
                            "urn:pilotboard:problem:validation",
                            "Invalid request",
                            400,
                            "format: must be one of csv, xlsx, json",
                            request.getUriInfo().getRequestUri().getPath(),
                            java.util.List.of(
                                    new Problem.Violation("format", "query", "must be one of csv, xlsx, json"))))
                    .build());
        }
        request.getHeaders().putSingle(HttpHeaders.ACCEPT, type);
        return Optional.empty();
    }
}
