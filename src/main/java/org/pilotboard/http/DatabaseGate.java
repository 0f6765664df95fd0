package org.pilotboard.http;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * While the database cannot be reached, answer 503 at once instead of letting every request wait for
 * the pool to fail to connect (about a second each, holding a worker thread). After a failed
 * connection attempt, API requests are refused before they touch the database; once a second, one
 * request first tries a plain connection (failing in milliseconds while the server is down), and
 * when that works the gate opens, so the app serves again about a second after the database is back.
 */
public class DatabaseGate {

    static final long HOLD_NANOS = TimeUnit.SECONDS.toNanos(1);
    static final int RETRY_AFTER_SECONDS = 5;
    private static final AtomicLong LAST_CONNECT_FAILURE = new AtomicLong();
    private static final AtomicBoolean PROBING = new AtomicBoolean();
    private static volatile boolean tripped;

    /** A new connection to the database could not be made (not: a pooled one broke). */
    static void connectFailed() {
        LAST_CONNECT_FAILURE.set(System.nanoTime());
        tripped = true;
    }

    /** A pooled connection broke (the server ended the session, or the socket failed): is the server gone? */
    static void connectionBroke() {
        if (!tripped && PROBING.compareAndSet(false, true)) {
            try {
                if (!reachable()) {
                    connectFailed();
                }
            } finally {
                PROBING.set(false);
            }
        }
    }

    /** Whether to refuse this request: tripped, and either within the hold or the database still unreachable. */
    static boolean closed() {
        if (!tripped) {
            return false;
        }
        if (System.nanoTime() - LAST_CONNECT_FAILURE.get() < HOLD_NANOS || !PROBING.compareAndSet(false, true)) {
            return true;
        }
        try {
            if (reachable()) {
                tripped = false;
                return false;
            }
            connectFailed();
            return true;
        } finally {
            PROBING.set(false);
        }
    }

    private static boolean reachable() {
        Config config = ConfigProvider.getConfig();
        Properties props = new Properties();
        config.getOptionalValue("quarkus.datasource.username", String.class)
                .ifPresent(u -> props.setProperty("user", u));
        config.getOptionalValue("quarkus.datasource.password", String.class)
                .ifPresent(p -> props.setProperty("password", p));
        props.setProperty("connectTimeout", "1");
        props.setProperty("loginTimeout", "2");
        try (Connection ignored =
                DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class), props)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    static ProblemException unavailable() {
        return new ProblemException(
                new Problem(
                        "urn:pilotboard:problem:unavailable",
                        "Service unavailable",
                        503,
                        "The database is not reachable right now; try again shortly.",
                        null,
                        null),
                RETRY_AFTER_SECONDS);
    }

    // Ahead of authentication, which reads tokens from the database.
    @ServerRequestFilter(priority = Priorities.AUTHENTICATION - 100)
    public Optional<Response> check(HttpServerRequest http) {
        if (!closed()) {
            return Optional.empty();
        }
        Problem problem = unavailable().problem().withInstance(http.path());
        return Optional.of(Response.status(503)
                .type(Problem.MEDIA_TYPE)
                .header("Retry-After", RETRY_AFTER_SECONDS)
                .entity(problem)
                .build());
    }
}
