package org.pilotboard.http;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a request whose declared body is over the limit (quarkus.http.limits.max-body-size) with
 * a problem+json 413, ahead of Quarkus' own check, which answers with an empty body; a body sent in
 * chunks is counted as it arrives and refused the same way when it passes the limit.
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
        HttpServerRequest request = ctx.request();
        String length = request.getHeader("Content-Length");
        if (length != null && declaredLength(length) > limit) {
            refuse(ctx);
            return;
        }
        if (length == null && request.getHeader("Transfer-Encoding") != null) {
            collectChunked(ctx);
            return;
        }
        ctx.next();
    }

    /**
     * A body sent in chunks (no Content-Length) is collected here up to the limit, so that one
     * over the limit also gets a problem+json 413 (Quarkus would answer an empty 413 halfway through).
     * The collected body is handed on as the request's body, which Quarkus REST reads from.
     */
    private void collectChunked(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        Buffer body = Buffer.buffer();
        boolean[] refused = {false};
        request.handler(chunk -> {
            if (refused[0]) {
                return;
            }
            if ((long) body.length() + chunk.length() > limit) {
                refused[0] = true;
                refuse(ctx);
            } else {
                body.appendBuffer(chunk);
            }
        });
        request.exceptionHandler(e -> refused[0] = true);
        request.endHandler(done -> {
            if (!refused[0]) {
                ctx.setBody(body);
                ctx.next();
            }
        });
        request.resume();
    }

    private void refuse(RoutingContext ctx) {
        Problem problem = new Problem(
                "urn:pilotboard:problem:http-413",
                "Request Entity Too Large",
                413,
                "The request body is larger than the limit of " + limit + " bytes",
                ctx.request().path(),
                null);
        HttpServerRequest request = ctx.request();
        // The rest of the body is read and dropped, so that the client, still sending, gets to read the
        // answer; the connection closes when the request ends, or after 10 s for one that never does.
        request.handler(chunk -> {});
        request.exceptionHandler(e -> {});
        request.resume();
        ctx.response()
                .setStatusCode(413)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Connection", "close")
                .end(Json.encode(problem));
        ctx.vertx().setTimer(10_000, t -> request.connection().close());
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1; // Quarkus refuses a malformed Content-Length itself
        }
    }
}
