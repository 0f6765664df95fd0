package org.pilotboard.http;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.pilotboard.config.AppClock;
import org.pilotboard.config.PilotboardConfig;

/**
 * Request budgets per client (docs/api.md, "Rate limits"): each API token or session, and each
 * client address without one, may make so many requests in a window that starts at its first
 * request. Kept in memory, per instance: behind a load balancer with N instances a client may make
 * up to N times its budget, and the RateLimit-* headers describe the instance that answered. A
 * counter per key is all it takes (no database round trip on the hot path, which the cached
 * public summary relies on).
 */
@ApplicationScoped
public class RateLimiter {

    /** A window and its count. */
    private static final class Window {
        final long startMillis;
        final AtomicInteger used = new AtomicInteger();

        Window(long startMillis) {
            this.startMillis = startMillis;
        }
    }

    /** Whether a request may go on, and what the headers say. */
    public record Decision(boolean allowed, int limit, int remaining, long resetSeconds) {

        /** RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset (and Retry-After when refused). */
        public Map<String, String> headers() {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("RateLimit-Limit", String.valueOf(limit));
            headers.put("RateLimit-Remaining", String.valueOf(remaining));
            headers.put("RateLimit-Reset", String.valueOf(resetSeconds));
            if (!allowed) {
                headers.put("Retry-After", String.valueOf(resetSeconds));
            }
            return headers;
        }

        public Problem problem(String instance) {
            return new Problem(
                    "urn:pilotboard:problem:rate-limited",
                    "Too many requests",
                    429,
                    "This client made " + limit + " requests in the current window; try again in " + resetSeconds
                            + " s (Retry-After). Limits: docs/api.md, Rate limits.",
                    instance,
                    null);
        }
    }

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
    private final AppClock clock;
    private final PilotboardConfig.RateLimits config;

    public RateLimiter(AppClock clock, PilotboardConfig config) {
        this.clock = clock;
        this.config = config.rateLimits();
    }

    public boolean enabled() {
        return config.enabled();
    }

    /** A request by an API token or session (its id). */
    public Decision forToken(long tokenId) {
        return take("t:" + tokenId, config.perToken());
    }

    /** A request without a token, from this client address. */
    public Decision forAddress(String address) {
        return take("a:" + address, config.perAddress());
    }

    private Decision take(String key, int limit) {
        long now = clock.now().toEpochMilli();
        long length = config.window().toMillis();
        Window window =
                windows.compute(key, (k, w) -> w == null || now - w.startMillis >= length ? new Window(now) : w);
        int used = window.used.incrementAndGet();
        long reset = Math.max(1, (window.startMillis + length - now + 999) / 1000);
        return new Decision(used <= limit, limit, Math.max(0, limit - used), reset);
    }

    /** Forgets the windows that have ended, so that the map holds only current clients. */
    @Scheduled(every = "60s", identity = "rate-limit-windows")
    void forgetEnded() {
        long now = clock.now().toEpochMilli();
        long length = config.window().toMillis();
        windows.values().removeIf(w -> now - w.startMillis >= length);
    }
}
