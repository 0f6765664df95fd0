package org.pilotboard.dashboard;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pilotboard.http.ClientAddress;
import org.pilotboard.http.Problem;
import org.pilotboard.http.RateLimiter;

/**
 * The public dashboard summary straight from the cache, on the event loop: a burst of readers (a press
 * conference) costs copying bytes, not a request through the REST stack and a worker thread.
 *
 * <p>Only for what needs nothing else: a GET without query string and without Authorization (the
 * same public document for everyone) that accepts JSON, while the cached summary is fresh
 * ({@link SummaryCache#peek}).
 * Anything else goes on to {@link DashboardResource#summary}: asOf and its validation, bearer tokens
 * and their checks (a bad token is still 401), a summary to compute. The security headers are added
 * by {@code SecurityHeaders}, whose route runs first.
 */
@ApplicationScoped
public class SummaryRoute {

    private final SummaryCache cache;
    private final RateLimiter limiter;
    private final ClientAddress clientAddress;
    private final String path;

    public SummaryRoute(
            SummaryCache cache,
            RateLimiter limiter,
            ClientAddress clientAddress,
            @ConfigProperty(name = "quarkus.rest.path", defaultValue = "/") String restPath) {
        this.cache = cache;
        this.limiter = limiter;
        this.clientAddress = clientAddress;
        this.path = (restPath.endsWith("/") ? restPath.substring(0, restPath.length() - 1) : restPath)
                + "/v1/dashboard/summary";
    }

    void register(@Observes Router router) {
        router.get(path).order(-5).handler(this::serve);
    }

    private void serve(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String query = request.query();
        SummaryCache.Entry current;
        if ((query != null && !query.isEmpty())
                || request.headers().contains(HttpHeaders.AUTHORIZATION)
                || !acceptsJson(request.getHeader(HttpHeaders.ACCEPT))
                || (current = cache.peek()) == null) {
            ctx.next();
            return;
        }
        var response = ctx.response();
        // The same budget as every anonymous API request from this address (account/RateLimits).
        if (limiter.enabled()) {
            RateLimiter.Decision decision = limiter.forAddress(clientAddress.of(request));
            decision.headers().forEach(response::putHeader);
            if (!decision.allowed()) {
                response.setStatusCode(429)
                        .putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .end(Json.encode(decision.problem(request.path())));
                return;
            }
        }
        response.putHeader("ETag", current.etagHeader()); // spelt as the REST resource does
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && matches(ifNoneMatch, current.etag().getValue())) {
            response.setStatusCode(304).end();
        } else {
            response.putHeader("Content-Type", "application/json").end(current.buffer());
        }
    }

    /** Whether the Accept header lets JSON through (anything else is the REST resource's to refuse). */
    static boolean acceptsJson(String accept) {
        return accept == null
                || accept.isBlank()
                || accept.contains("json")
                || accept.contains("*/*")
                || accept.contains("application/*");
    }

    /** If-None-Match: a list of entity tags (weak comparison) or "*". */
    static boolean matches(String ifNoneMatch, String value) {
        for (String raw : ifNoneMatch.split(",")) {
            String tag = raw.trim();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.length() >= 2
                    && tag.startsWith("\"")
                    && tag.endsWith("\"")
                    && tag.substring(1, tag.length() - 1).equals(value)) {
                return true;
            }
        }
        return false;
    }
}
