package org.pilotboard.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.vertx.core.http.HttpClosedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into an RFC 9457 problem+json response. Callers never see a stack trace:
 * unexpected errors are logged with an id, and only that id is returned.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    // Ahead of Quarkus' built-in mappers, which answer in text/plain or HTML.
    private static final int FIRST = 1;
    /** PostgreSQL query_canceled: the statement timeout stopped the query. */
    private static final String QUERY_CANCELED = "57014";
    /** How Agroal says no connection became free within the acquisition timeout (it has no exception type of its own). */
    private static final String POOL_TIMEOUT = "Sorry, acquisition timeout";
    /** PostgreSQL data exceptions caused by a value: bad characters, too long, numeric or date out of range. */
    private static final Set<String> UNSTORABLE_VALUES = Set.of("22021", "22P05", "22001", "22003", "22008", "22007");
    /** PostgreSQL foreign_key_violation: a row still referred to, or a reference to a row that is gone. */
    static final String FOREIGN_KEY_VIOLATION = "23503";

    @ServerExceptionMapper(priority = FIRST)
    public Response problem(ProblemException e, UriInfo uri) {
        Response.ResponseBuilder response = respond(e.problem(), uri);
        if (e.retryAfterSeconds() != null) {
            response.header("Retry-After", e.retryAfterSeconds());
        }
        return response.build();
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(ProblemMappers::violation)
                .sorted(Comparator.comparing(Problem.Violation::field))
                .collect(Collectors.toCollection(ArrayList::new));
        return problem(ProblemException.invalid(violations), uri);
    }

    // Quarkus maps some Jackson exceptions itself (an empty 400): name each kind so these win.
    @ServerExceptionMapper(
            value = {
                JsonProcessingException.class,
                JsonParseException.class,
                JsonMappingException.class,
                MismatchedInputException.class,
                InvalidFormatException.class,
                UnrecognizedPropertyException.class,
                ValueInstantiationException.class
            },
            priority = FIRST)
    public Response json(Exception e, UriInfo uri) {
        return problem(JsonProblems.of((JsonProcessingException) e), uri);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response web(WebApplicationException e, UriInfo uri) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException json) {
            return problem(JsonProblems.of(json), uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "Error";
        String detail = switch (status) {
            case 404 -> "No resource at " + path(uri);
            case 405 -> "This method is not allowed on " + path(uri);
            case 406 -> "This resource cannot answer in the media type asked for in Accept";
            case 413 -> "The request body is too large";
            case 415 -> "Send the body as application/json";
            default -> e.getMessage();
        };
        Response.ResponseBuilder builder =
                respond(new Problem("urn:pilotboard:problem:http-" + status, title, status, detail, null, null), uri);
        // Keep the Allow header of a 405, and similar headers the framework set.
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        return builder.build();
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response anything(Throwable e, UriInfo uri) {
        List<Throwable> causes = causes(e);
        for (Throwable cause : causes) {
            if (cause instanceof ProblemException problem) {
                return problem(problem, uri);
            }
            if (cause instanceof HttpClosedException) {
                // The client went away while sending its body: nobody reads this answer, and nothing was written.
                LOG.debugf("Client closed the connection during %s", path(uri));
                return problem(ProblemException.badRequest("The request body was not received completely"), uri);
            }
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return problem(
                        ProblemException.of(
                                412,
                                "precondition-failed",
                                "Precondition failed",
                                "The record was changed by someone else at the same time. Read it again and re-apply your change."),
                        uri);
            }
            if (cause instanceof JDBCConnectionException
                    || cause instanceof SQLTransientConnectionException
                    || isConnectionFailure(cause)) {
                LOG.warnf("Database unavailable for %s: %s", path(uri), firstLine(cause.getMessage()));
                if (causes.stream().anyMatch(ProblemMappers::isConnectFailure)) {
                    DatabaseGate.connectFailed();
                } else {
                    DatabaseGate.connectionBroke();
                }
                if (causes.stream().anyMatch(c -> c instanceof RollbackException)) {
                    // The connection failed at commit: the server rolls back, but the client cannot know for sure.
                    return problem(
                            new ProblemException(
                                    new Problem(
                                            "urn:pilotboard:problem:unavailable",
                                            "Service unavailable",
                                            503,
                                            "The database connection failed while saving, so the change was most likely not saved: "
                                                    + "read the record again before repeating it.",
                                            null,
                                            null),
                                    DatabaseGate.RETRY_AFTER_SECONDS),
                            uri);
                }
                return problem(DatabaseGate.unavailable(), uri);
            }
            if (cause instanceof SQLException sql
                    && sql.getMessage() != null
                    && sql.getMessage().startsWith(POOL_TIMEOUT)) {
                // Every connection was busy for the acquisition timeout: a burst, not an outage (the gate stays open).
                LOG.warnf("No database connection free in time for %s", path(uri));
                return problem(
                        ProblemException.busy("Every database connection is busy; try again in a moment.", 1), uri);
            }
            if (cause instanceof SQLException sql && QUERY_CANCELED.equals(sql.getSQLState())) {
                LOG.warnf("Query stopped by the statement timeout on %s", path(uri));
                return problem(
                        new ProblemException(
                                new Problem(
                                        "urn:pilotboard:problem:query-timeout",
                                        "Query took too long",
                                        503,
                                        "The query took longer than the database allows and was stopped; "
                                                + "narrow the filters or try again later.",
                                        null,
                                        null),
                                10),
                        uri);
            }
            if (cause instanceof SQLException sql && FOREIGN_KEY_VIOLATION.equals(sql.getSQLState())) {
                // Services check references first; this is the race they cannot see (e.g. a task created in
                // a region while it is deleted). The database's message (table and key names) is not shown.
                LOG.infof("Foreign key refused a write on %s", path(uri));
                return problem(
                        ProblemException.conflict(
                                "The record is referred to by another, or refers to one that no longer exists; read it again and retry."),
                        uri);
            }
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && UNSTORABLE_VALUES.contains(sql.getSQLState())) {
                // A safety net: input checks should catch these first. The database's message is not shown.
                LOG.warnf("Value refused by the database on %s: SQLState %s", path(uri), sql.getSQLState());
                return problem(
                        ProblemException.of(
                                400,
                                "invalid-value",
                                "Invalid value",
                                "A value in the request cannot be stored (bad characters, too long or out of range)"),
                        uri);
            }
        }
        return unexpected(e, uri);
    }

    private Response unexpected(Throwable e, UriInfo uri) {
        String id = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", id, path(uri));
        return respond(
                        new Problem(
                                "urn:pilotboard:problem:internal",
                                "Internal error",
                                500,
                                "Something went wrong on our side. Quote this id when reporting it: " + id,
                                null,
                                null),
                        uri)
                .build();
    }

    /** No new connection could be made: 08001 (cannot connect), 08004 (rejected), 57P03 (cannot connect now). */
    private static boolean isConnectFailure(Throwable cause) {
        return cause instanceof SQLException sql
                && sql.getSQLState() != null
                && List.of("08001", "08004", "57P03").contains(sql.getSQLState());
    }

    /** The exception, its causes, and what was suppressed along the way (a failed commit hides its cause there). */
    private static List<Throwable> causes(Throwable e) {
        List<Throwable> all = new ArrayList<>();
        collect(e, all, 0);
        return all;
    }

    private static void collect(Throwable e, List<Throwable> all, int depth) {
        for (Throwable cause = e; cause != null && all.size() < 100 && depth < 5; cause = cause.getCause()) {
            if (all.contains(cause)) {
                return;
            }
            all.add(cause);
            for (Throwable suppressed : cause.getSuppressed()) {
                collect(suppressed, all, depth + 1);
            }
        }
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    private static boolean isConnectionFailure(Throwable cause) {
        // PostgreSQL SQLState class 08: connection exceptions; 57P01..03: server shutting down.
        return cause instanceof SQLException sql
                && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"));
    }

    /** The request path, also for requests whose URI cannot be rebuilt (no Host header). */
    private static String path(UriInfo uri) {
        if (uri == null) {
            return null;
        }
        try {
            return uri.getRequestUri().getPath();
        } catch (RuntimeException e) {
            try {
                return uri.getPath();
            } catch (RuntimeException again) {
                return null;
            }
        }
    }

    private static Response.ResponseBuilder respond(Problem problem, UriInfo uri) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem.withInstance(path(uri)));
    }

    private static Problem.Violation violation(ConstraintViolation<?> v) {
        // Paths look like "create.body.plannedEnd" for a parameter, or "plannedEnd" for a validated bean.
        String path = v.getPropertyPath().toString();
        List<String> parts = new ArrayList<>(Arrays.asList(path.split("\\.")));
        String in = "body";
        if (parts.size() >= 2 && v.getExecutableParameters() != null) {
            parts.remove(0); // method name
            String param = parts.remove(0);
            if (parts.isEmpty()) {
                in = param.equals("body") ? "body" : "query";
                parts.add(param);
            }
        }
        return new Problem.Violation(String.join(".", parts), in, v.getMessage());
    }
}
