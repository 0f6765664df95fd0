package org.pilotboard.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import jakarta.persistence.OptimisticLockException;
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
    @ServerExceptionMapper(value = {JsonProcessingException.class, JsonParseException.class, JsonMappingException.class,
            MismatchedInputException.class, InvalidFormatException.class, UnrecognizedPropertyException.class,
            ValueInstantiationException.class}, priority = FIRST)
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
            case 404 -> "No resource at " + uri.getRequestUri().getPath();
            case 405 -> "This method is not allowed on " + uri.getRequestUri().getPath();
            case 406 -> "This resource cannot answer in the media type asked for in Accept";
            case 413 -> "The request body is too large";
            case 415 -> "Send the body as application/json";
            default -> e.getMessage();
        };
        Response.ResponseBuilder builder = respond(
                new Problem("urn:pilotboard:problem:http-" + status, title, status, detail, null, null), uri);
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
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return problem(problem, uri);
            }
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return problem(ProblemException.of(412, "precondition-failed", "Precondition failed",
                        "The record was changed by someone else at the same time. Read it again and re-apply your change."), uri);
            }
            if (cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException
                    || isConnectionFailure(cause)) {
                LOG.warnf("Database unavailable for %s: %s", uri.getRequestUri().getPath(), cause.getMessage());
                return problem(new ProblemException(new Problem("urn:pilotboard:problem:unavailable",
                        "Service unavailable", 503, "The database is not reachable right now; try again shortly.",
                        null, null), 5), uri);
            }
        }
        return unexpected(e, uri);
    }

    private Response unexpected(Throwable e, UriInfo uri) {
        String id = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", id, uri.getRequestUri().getPath());
        return respond(new Problem("urn:pilotboard:problem:internal", "Internal error", 500,
                "Something went wrong on our side. Quote this id when reporting it: " + id, null, null), uri).build();
    }

    private static boolean isConnectionFailure(Throwable cause) {
        // PostgreSQL SQLState class 08: connection exceptions; 57P01..03: server shutting down.
        return cause instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"));
    }

    private static Response.ResponseBuilder respond(Problem problem, UriInfo uri) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem.withInstance(uri == null ? null : uri.getRequestUri().getPath()));
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
