package org.pilotboard.http;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;

/**
 * The limits on the request line (4 KB) and the headers (20 KB), enforced here rather than by the
 * HTTP layer, which answers a bare 414 or 431 with no body and none of the security headers. Vert.x's
 * own limits are set far higher (quarkus.http.limits.max-initial-line-length / max-header-size), so
 * that such a request reaches the router, after SecurityHeaders: API paths get problem+json,
 * other paths plain text.
 */
@ApplicationScoped
public class RequestLimits {

    static final int MAX_REQUEST_LINE = 4096;
    static final int MAX_HEADERS = 20 * 1024;

    void register(@Observes Router router) {
        router.route().order(-9).handler(this::check);
    }

    private void check(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        // METHOD SP request-target SP HTTP/1.1
        int line = request.method().name().length() + request.uri().length() + 10;
        if (line > MAX_REQUEST_LINE) {
            EarlyAnswers.refuse(
                    ctx,
                    414,
                    "URI Too Long",
                    "The request line is " + line + " bytes; the limit is " + MAX_REQUEST_LINE
                            + ". Send fewer or shorter query parameters.");
            return;
        }
        int headers = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headers += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headers > MAX_HEADERS) {
            EarlyAnswers.refuse(
                    ctx,
                    431,
                    "Request Header Fields Too Large",
                    "The request headers are " + headers + " bytes; the limit is " + MAX_HEADERS + ".");
            return;
        }
        ctx.next();
    }
}
