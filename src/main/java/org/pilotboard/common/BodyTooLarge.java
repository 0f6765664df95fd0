package org.pilotboard.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a request whose declared body is over the limit (quarkus.http.limits.max-body-size) with
 * a problem+json 413, ahead of Quarkus' own check, which answers with an empty body. Bodies sent
 * without a Content-Length are still cut off by Quarkus at the same limit.
 */
@ApplicationScoped
public class BodyTooLarge {

    private final long limit;

    public BodyTooLarge(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
        this.limit = limit.asLongValue();
    }

    void register(@Observes Router router) {
        router.route().order(-3).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        String length = ctx.request().getHeader("Content-Length");
        if (length != null && declaredLength(length) > limit) {
            Problem problem = new Problem("urn:pilotboard:problem:http-413", "Request Entity Too Large", 413,
                    "The request body is larger than the limit of " + limit + " bytes", ctx.request().path(), null);
            ctx.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Connection", "close").end(Json.encode(problem));
            return;
        }
        ctx.next();
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1; // Quarkus refuses a malformed Content-Length itself
        }
    }
}
