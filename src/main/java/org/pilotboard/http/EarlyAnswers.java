package org.pilotboard.http;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Answers that the app gives before a resource sees the request (a request line or headers over
 * the limits, a request without Host, a routing failure with a 4xx status and no exception), in
 * the house form: the security headers, and a problem+json body on API paths (plain text
 * elsewhere). Without the failure handler here, Quarkus' own error page would answer, in JSON
 * without the headers.
 *
 * <p>What the HTTP layer refuses before the router (a request line over 64 KB or headers over
 * 128 KB, bytes that are not HTTP, a path Quarkus finds invalid) is answered bare: Quarkus 3.33
 * offers no hook for it (quarkusio/quarkus#55082). The proxy in front (docker/nginx.conf) answers
 * those in the house form; ProxyErrorsTest checks it.
 */
@ApplicationScoped
public class EarlyAnswers {

    void register(@Observes Router router) {
        router.route().order(-11).failureHandler(this::answerFailure);
    }

    private void answerFailure(RoutingContext ctx) {
        if (ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        // Vert.x fails a request without Host with an exception, which Quarkus would log as an error.
        String host = ctx.request().getHeader("Host");
        if ((host == null || host.isBlank()) && ctx.request().version() != HttpVersion.HTTP_2) {
            refuse(ctx, 400, "Bad Request", "The request has no Host header, which HTTP/1.1 requires.");
            return;
        }
        int status = ctx.statusCode();
        // Otherwise only the HTTP layer's own refusals (a 4xx status without an exception); anything
        // else goes on to the next failure handler as before.
        if (status < 400 || status >= 500 || ctx.failure() != null) {
            ctx.next();
            return;
        }
        String title = HttpResponseStatus.valueOf(status).reasonPhrase();
        refuse(ctx, status, title, title);
    }

    /** Refuses the request with the given status, and closes the connection once answered. */
    static void refuse(RoutingContext ctx, int status, String title, String detail) {
        String path = ctx.request().path();
        boolean api = path != null && path.startsWith("/api/");
        var response = ctx.response().setStatusCode(status).putHeader("Connection", "close");
        SecurityHeaders.setStrict(response.headers());
        if (api) {
            // instance: the path cut short, as the whole of it may be what was too long
            String instance = path.length() > 200 ? path.substring(0, 200) + "…" : path;
            response.putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(Json.encode(new Problem(
                            "urn:pilotboard:problem:http-" + status, title, status, detail, instance, null)));
        } else {
            response.putHeader("Content-Type", "text/plain; charset=utf-8").end(title + ": " + detail + "\n");
        }
    }
}
