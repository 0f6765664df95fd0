package org.pilotboard.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem document, the body of every error response. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details (media type application/problem+json)")
public record Problem(
        @Schema(description = "URI identifying the kind of problem", example = "urn:pilotboard:problem:validation")
        String type,

        @Schema(description = "Short summary of the kind of problem", example = "Invalid request")
        String title,

        @Schema(description = "HTTP status code", example = "400")
        int status,

        @Schema(
                description = "What went wrong in this occurrence",
                example = "plannedEnd must not be before plannedStart")
        String detail,

        @Schema(description = "The request path") String instance,

        @Schema(description = "Field errors, present for validation problems")
        List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field: where it is ({@code body}, {@code query}, {@code path}, {@code header}), its name and why. */
    @Schema(name = "Violation")
    public record Violation(
            @Schema(example = "plannedEnd") String field,
            @Schema(example = "body") String in,

            @Schema(example = "must not be before plannedStart")
            String message) {}

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, violations);
    }
}
