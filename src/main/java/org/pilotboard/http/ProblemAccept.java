package org.pilotboard.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A client that accepts only application/problem+json (as some generated clients send for an operation
 * whose success has no body, or whose success is not JSON: the errors are the one JSON type they find)
 * still gets the operation's success: an {@code Accept} of problem+json alone is read as problem+json
 * and, below it, anything. Without this, such a request got 406 before the operation ran. Errors stay
 * problem+json whatever the Accept.
 */
public class ProblemAccept {

    @ServerRequestFilter(preMatching = true)
    public void widen(ContainerRequestContext request) {
        List<String> headers = request.getHeaders().get(HttpHeaders.ACCEPT);
        if (headers == null || headers.isEmpty()) {
            return;
        }
        String accept = String.join(",", headers);
        boolean problem = false;
        for (String range : accept.split(",")) {
            String type = range.split(";", 2)[0].strip();
            if (type.equalsIgnoreCase(Problem.MEDIA_TYPE)) {
                problem = true;
            } else if (!type.isEmpty()) {
                return;
            }
        }
        if (!problem) {
            return;
        }
        request.getHeaders().putSingle(HttpHeaders.ACCEPT, accept + ", */*;q=0.01");
    }
}
