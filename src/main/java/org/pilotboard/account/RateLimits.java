package org.pilotboard.account;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.Json;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.pilotboard.http.Problem;
import org.pilotboard.http.RateLimiter;

/**
 * Every API request spends from its client's budget (http/RateLimiter): the token's once it is
 * authenticated (so a made-up token cannot open a budget of its own: it is refused first), the
 * client address's otherwise. Every answer says where the client stands (RateLimit-* headers); one
 * over the budget gets 429 with Retry-After and a problem.
 */
public class RateLimits {

    private static final String DECISION = RateLimits.class.getName() + ".decision";

    private final RateLimiter limiter;
    private final Caller caller;

    public RateLimits(RateLimiter limiter, Caller caller) {
        this.limiter = limiter;
        this.caller = caller;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION + 10)
    public Optional<Response> spend(ContainerRequestContext request, HttpServerRequest http) {
        if (!limiter.enabled()) {
            return Optional.empty();
        }
        RateLimiter.Decision decision =
                caller.signedIn() ? limiter.forToken(caller.token().id) : limiter.forAddress(caller.address());
        request.setProperty(DECISION, decision);
        if (decision.allowed()) {
            return Optional.empty();
        }
        return Optional.of(Response.status(429)
                .type(Problem.MEDIA_TYPE)
                .entity(Json.encode(decision.problem(http.path())))
                .build());
    }

    @ServerResponseFilter
    public void report(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(DECISION) instanceof RateLimiter.Decision decision) {
            decision.headers().forEach(response.getHeaders()::putSingle);
        }
    }
}
