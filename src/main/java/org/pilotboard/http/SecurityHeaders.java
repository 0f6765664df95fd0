package org.pilotboard.http;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Security headers on every response: a Content-Security-Policy without inline script, no MIME
 * sniffing, a careful referrer policy, no framing except for the embeddable widget pages, and
 * HTML that is revalidated so that a new deployment shows at once.
 */
@ApplicationScoped
public class SecurityHeaders {

    static final String EMBED_PREFIX = "/embed/";
    private static final String EMBED_KEY = "pilotboard.embed";
    private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors ";
    // Swagger UI's page starts itself with an inline script.
    private static final String SWAGGER_POLICY =
            POLICY.replace("script-src 'self';", "script-src 'self' 'unsafe-inline';");

    void register(@Observes Router router) {
        router.route().order(-10).handler(this::addHeaders);
    }

    private void addHeaders(RoutingContext ctx) {
        String path = ctx.request().path();
        // The SPA routing reroutes /embed/... to the index page, and this handler runs again with that
        // path: the first pass decides, so the widget's page stays frameable.
        Boolean decided = ctx.get(EMBED_KEY);
        boolean embed = decided != null ? decided : path.startsWith(EMBED_PREFIX);
        ctx.put(EMBED_KEY, embed);
        String policy = path.startsWith("/q/swagger-ui") ? SWAGGER_POLICY : POLICY;
        ctx.addHeadersEndHandler(ignored -> {
            var headers = ctx.response().headers();
            set(headers, policy, embed);
            // The page itself must be fetched again after a deployment; its hashed assets may be cached.
            String type = headers.get("Content-Type");
            if (type != null && type.startsWith("text/html")) {
                headers.set("Cache-Control", "no-cache");
            }
        });
        ctx.next();
    }

    /** The headers of a response that is not a page to frame: for answers given before routing. */
    static void setStrict(MultiMap headers) {
        set(headers, POLICY, false);
    }

    private static void set(MultiMap headers, String policy, boolean embed) {
        headers.set("Content-Security-Policy", policy + (embed ? "*" : "'none'"));
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
        if (!embed) {
            headers.set("X-Frame-Options", "DENY");
        }
    }
}
