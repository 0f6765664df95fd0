package org.pilotboard.http;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Text that PostgreSQL cannot store faithfully is refused at the door: a NUL character (PostgreSQL
 * text cannot hold it) or a lone UTF-16 surrogate (it would be stored as '?'). Path and query
 * parameters are checked here, as are the Content-Type's syntax and the presence of a Host; JSON strings are checked by {@link StrictJson}.
 */
public class TextInput {

    static final String MESSAGE = "must not contain NUL characters or unpaired surrogates";

    /** True when the text can be stored as it is. */
    public static boolean storable(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> check(ContainerRequestContext request, HttpServerRequest http) {
        if (http.authority() == null) { // HTTP/1.0 without Host: request URIs cannot be built
            return Optional.of(refuse(http, "header", "Host", "is required"));
        }
        // A NUL can only arrive percent-encoded (the HTTP codec refuses a raw one), and a lone surrogate
        // cannot arrive in a URL at all (UTF-8 cannot encode it), so the raw target is what to look at.
        if (hasNul(http.path())) {
            return Optional.of(refuse(http, "path", "path", MESSAGE));
        }
        if (hasNul(http.query())) {
            for (String pair : http.query().split("&")) {
                if (hasNul(pair)) {
                    String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
                    return Optional.of(refuse(http, "query", hasNul(name) ? "(parameter name)" : name, MESSAGE));
                }
            }
        }
        String contentType = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (contentType != null) {
            try {
                MediaType.valueOf(contentType);
            } catch (IllegalArgumentException e) {
                return Optional.of(refuse(http, "header", "Content-Type", "is not a media type"));
            }
        }
        return Optional.empty();
    }

    private static boolean hasNul(String raw) {
        return raw != null && raw.toLowerCase(Locale.ROOT).contains("%00");
    }

    private static Response refuse(HttpServerRequest http, String in, String field, String message) {
        ProblemException problem = ProblemException.invalid(field, in, message);
        String path = http.path() == null ? null : http.path().replaceAll("(?i)%00", "%EF%BF%BD");
        return Response.status(400)
                .type(Problem.MEDIA_TYPE)
                .entity(problem.problem().withInstance(path))
                .build();
    }
}
