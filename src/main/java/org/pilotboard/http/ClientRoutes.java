package org.pilotboard.http;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * The dashboard's client routes, read from the list the router is built from ({@code
 * frontend/src/routes.json}, copied to {@code pilotboard/routes.json} by the build). Matched as
 * vue-router matches them: a {@code :param} is one non-empty segment, case does not count, and a
 * trailing slash is allowed.
 */
public final class ClientRoutes {

    static final String RESOURCE = "pilotboard/routes.json";

    private final Pattern pattern;

    ClientRoutes(Iterable<String> paths) {
        String alternatives = StreamSupport.stream(paths.spliterator(), false)
                .map(ClientRoutes::toRegex)
                .collect(Collectors.joining("|"));
        this.pattern = Pattern.compile("(?:" + alternatives + ")/?", Pattern.CASE_INSENSITIVE);
    }

    /** The routes of the list on the class path. */
    public static ClientRoutes load() {
        try (InputStream in = ClientRoutes.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            Map<String, String> byName = new ObjectMapper().readValue(in, new TypeReference<Map<String, String>>() {});
            return new ClientRoutes(byName.values());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the router has a page (other than its not-found page) for this request path. */
    public boolean matches(String path) {
        return path != null && pattern.matcher(path).matches();
    }

    private static String toRegex(String path) {
        if ("/".equals(path)) {
            return "";
        }
        return List.of(path.substring(1).split("/")).stream()
                .map(segment -> segment.startsWith(":") ? "[^/]+" : Pattern.quote(segment))
                .collect(Collectors.joining("/", "/", ""));
    }
}
