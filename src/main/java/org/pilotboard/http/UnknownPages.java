package org.pilotboard.http;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A real 404 for paths the dashboard has no page for. The SPA routing (Quinoa) reroutes every path
 * that is neither a file nor the backend's to the index page, which answers 200 and lets the router
 * show its not-found page. Here the first pass keeps the path asked for; when the request comes back
 * rerouted and that path is none of the client routes ({@link ClientRoutes}), the index page goes out
 * with 404: the same page for browsers, the right status for everyone else. Known routes, deep links
 * and reloads still get 200.
 */
@ApplicationScoped
public class UnknownPages {

    private static final String ASKED_KEY = "pilotboard.askedPath";
    // Where the SPA routing sends a path; other reroutes (Swagger UI's own pages) are none of this.
    private static final String INDEX = "/";

    private final ClientRoutes routes = ClientRoutes.load();

    void register(@Observes Router router) {
        router.route().order(-9).handler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        String path = ctx.request().path();
        String asked = ctx.get(ASKED_KEY);
        if (asked == null) {
            ctx.put(ASKED_KEY, path);
        } else if (INDEX.equals(path)
                && !asked.equals(path)
                && isRead(ctx.request().method())
                && !routes.matches(asked)) {
            // no 304 from a cached index page either: the answer is the page with 404
            ctx.request().headers().remove(HttpHeaders.IF_NONE_MATCH).remove(HttpHeaders.IF_MODIFIED_SINCE);
            ctx.addHeadersEndHandler(ignored -> {
                if (ctx.response().getStatusCode() == 200) {
                    ctx.response().setStatusCode(404);
                }
            });
        }
        ctx.next();
    }

    private static boolean isRead(HttpMethod method) {
        return HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method);
    }
}
