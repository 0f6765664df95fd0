package org.pilotboard.http;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Gives an error response that has no body a problem+json one: for example the 412 that a
 * conditional GET with a stale If-Match gets from the framework's precondition check.
 */
public class ProblemBodies {

    private static final MediaType PROBLEM = MediaType.valueOf(Problem.MEDIA_TYPE);

    @ServerResponseFilter
    public void fill(ContainerResponseContext response, HttpServerRequest http) {
        int status = response.getStatus();
        if (status < 400 || response.hasEntity()) {
            return;
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "Error";
        Problem problem = status == 412
                ? new Problem(
                        "urn:pilotboard:problem:precondition-failed",
                        "Precondition failed",
                        412,
                        "If-Match does not name the current version: read the record again",
                        null,
                        null)
                : new Problem("urn:pilotboard:problem:http-" + status, title, status, title, null, null);
        response.setEntity(problem.withInstance(http.path()), null, PROBLEM);
    }
}
