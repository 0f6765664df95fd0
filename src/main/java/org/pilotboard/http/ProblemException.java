package org.pilotboard.http;

import java.util.List;

/** A failure the caller can act on; mapped to a problem+json response with its status. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;
    private final Integer retryAfterSeconds;

    public ProblemException(Problem problem) {
        this(problem, null);
    }

    public ProblemException(Problem problem, Integer retryAfterSeconds) {
        super(problem.detail());
        this.problem = problem;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public Problem problem() {
        return problem;
    }

    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public static ProblemException of(int status, String slug, String title, String detail) {
        return new ProblemException(new Problem("urn:pilotboard:problem:" + slug, title, status, detail, null, null));
    }

    public static ProblemException invalid(String field, String in, String message) {
        return invalid(List.of(new Problem.Violation(field, in, message)));
    }

    public static ProblemException invalid(List<Problem.Violation> violations) {
        String detail = violations.size() == 1
                ? violations.get(0).field() + ": " + violations.get(0).message()
                : violations.size() + " fields are invalid";
        return new ProblemException(new Problem(
                "urn:pilotboard:problem:validation", "Invalid request", 400, detail, null, List.copyOf(violations)));
    }

    public static ProblemException badRequest(String detail) {
        return of(400, "bad-request", "Bad request", detail);
    }

    public static ProblemException notFound(String what, Object key) {
        return of(404, "not-found", "Not found", what + " '" + key + "' does not exist");
    }

    public static ProblemException conflict(String detail) {
        return of(409, "conflict", "Conflict", detail);
    }

    /** 503 busy: a burst took every slot of something limited; worth trying again after the given seconds. */
    public static ProblemException busy(String detail, int retryAfterSeconds) {
        return new ProblemException(
                new Problem("urn:pilotboard:problem:busy", "Service busy", 503, detail, null, null), retryAfterSeconds);
    }
}
