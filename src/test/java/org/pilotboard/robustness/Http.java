package org.pilotboard.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A small HTTP client for the robustness suite: never throws, answers a {@link Reply} with its timing. */
public final class Http {

    public static final ObjectMapper JSON = new ObjectMapper();

    /** An answer, or the failure to get one (status 0 and the error). */
    public record Reply(int status, Map<String, List<String>> headers, byte[] body, long nanos, String error) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public Optional<String> header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey() != null
                        && e.getKey().equalsIgnoreCase(name)
                        && !e.getValue().isEmpty()) {
                    return Optional.of(e.getValue().get(0));
                }
            }
            return Optional.empty();
        }

        public String contentType() {
            return header("Content-Type").orElse("");
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON (" + status + "): " + text(), e);
            }
        }

        public double millis() {
            return nanos / 1e6;
        }

        /** The status class: 2xx, 3xx, 4xx, 5xx, or "no response". */
        public String statusClass() {
            return status == 0 ? "no response" : (status / 100) + "xx";
        }

        @Override
        public String toString() {
            String t = status == 0 ? error : text();
            return status + " " + (t.length() > 300 ? t.substring(0, 300) + "…" : t);
        }
    }

    private final HttpClient client;
    private final Duration timeout;

    public Http(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public Reply send(String method, URI uri, Map<String, String> headers, byte[] body) {
        long start = System.nanoTime();
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(uri)
                    .timeout(timeout)
                    .method(
                            method,
                            body == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofByteArray(body));
            headers.forEach(b::header);
            HttpResponse<byte[]> r = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(r.statusCode(), r.headers().map(), r.body(), System.nanoTime() - start, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(0, Map.of(), new byte[0], System.nanoTime() - start, "interrupted");
        } catch (IOException | RuntimeException e) {
            return new Reply(
                    0,
                    Map.of(),
                    new byte[0],
                    System.nanoTime() - start,
                    e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    public Reply get(String url, String token) {
        return send(
                "GET",
                URI.create(url),
                token == null
                        ? Map.of("Accept", "application/json")
                        : Map.of("Accept", "application/json", "Authorization", "Bearer " + token),
                null);
    }

    public Reply json(String method, String url, String token, String ifMatch, Object body) {
        try {
            Map<String, String> h = new java.util.HashMap<>();
            h.put("Accept", "application/json");
            h.put("Content-Type", "application/json");
            if (token != null) {
                h.put("Authorization", "Bearer " + token);
            }
            if (ifMatch != null) {
                h.put("If-Match", ifMatch);
            }
            return send(method, URI.create(url), h, body == null ? null : JSON.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public String login(String base, String username, String password) {
        Reply r = json(
                "POST", base + "/api/v1/auth/login", null, null, Map.of("username", username, "password", password));
        if (r.status() != 200) {
            throw new IllegalStateException("sign-in as " + username + " failed: " + r);
        }
        return r.json().get("token").asText();
    }

    /**
     * Sends one raw HTTP/1.1 request (anything, also malformed) from a chosen local address, and
     * answers the status line's code and the whole response text; for what java.net.http refuses to send.
     */
    public static Reply raw(String host, int port, String localAddress, byte[] request, Duration timeout) {
        long start = System.nanoTime();
        try (Socket socket = new Socket()) {
            if (localAddress != null) {
                socket.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
            }
            socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] all = readResponse(in);
            String text = new String(all, StandardCharsets.UTF_8);
            int status = 0;
            if (text.startsWith("HTTP/1.") && text.length() >= 12) {
                status = Integer.parseInt(text.substring(9, 12));
            }
            int split = text.indexOf("\r\n\r\n");
            Map<String, List<String>> headers = new java.util.LinkedHashMap<>();
            if (split > 0) {
                for (String line : text.substring(0, split).split("\r\n")) {
                    int colon = line.indexOf(':');
                    if (colon > 0) {
                        headers.computeIfAbsent(line.substring(0, colon).trim(), k -> new java.util.ArrayList<>())
                                .add(line.substring(colon + 1).trim());
                    }
                }
            }
            byte[] body = split > 0 ? text.substring(split + 4).getBytes(StandardCharsets.UTF_8) : new byte[0];
            return new Reply(
                    status, headers, body, System.nanoTime() - start, status == 0 ? "no status line: " + text : null);
        } catch (IOException e) {
            return new Reply(
                    0,
                    Map.of(),
                    new byte[0],
                    System.nanoTime() - start,
                    e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /**
     * Reads one response: up to the end of its body by Content-Length, or to the end of the stream, or
     * as far as it got when the server stops sending (a server may answer before the request is complete).
     */
    private static byte[] readResponse(InputStream in) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        try {
            int n;
            while ((n = in.read(buf)) >= 0) {
                out.write(buf, 0, n);
                String text = out.toString(StandardCharsets.ISO_8859_1);
                int split = text.indexOf("\r\n\r\n");
                if (split > 0) {
                    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)\r\ncontent-length:\\s*(\\d+)")
                            .matcher(text.substring(0, split));
                    if (m.find() && out.size() >= split + 4 + Long.parseLong(m.group(1))) {
                        break;
                    }
                }
            }
        } catch (java.net.SocketTimeoutException | java.net.SocketException e) {
            if (out.size() == 0) {
                throw e;
            }
        }
        return out.toByteArray();
    }

    /** A JSON request as raw bytes, connection closed after it. */
    public static byte[] rawRequest(String method, String path, String host, Map<String, String> headers, byte[] body) {
        StringBuilder head = new StringBuilder(method)
                .append(' ')
                .append(path)
                .append(" HTTP/1.1\r\n")
                .append("Host: ")
                .append(host)
                .append("\r\nConnection: close\r\n");
        headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        byte[] h = head.toString().getBytes(StandardCharsets.UTF_8);
        if (body == null) {
            return h;
        }
        byte[] all = new byte[h.length + body.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(body, 0, all, h.length, body.length);
        return all;
    }
}
