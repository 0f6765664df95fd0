package org.pilotboard.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Sends the fuzzer's requests one after another and checks every answer: never a 5xx, every error an
 * RFC 9457 problem+json without internals, and the database unchanged by every refused request
 * (and by every read).
 */
public final class FuzzRun {

    /** What an error body must not show: exception and class names, stack frames, SQL and driver messages. */
    static final Pattern INTERNALS = Pattern.compile(
            "Exception|\\tat |\\b(java|javax|jakarta|org|com|io)\\.[a-z]+\\.|SQLState|PSQL|ERROR: |Caused by|hibernate|postgresql"
                    + "|StreamReadConstraints|resteasy|vertx|\\(\\)`|\\bselect .* from\\b",
            Pattern.CASE_INSENSITIVE);

    public record Finding(String request, String reply, String why) {
        @Override
        public String toString() {
            return why + "\n    request: " + request + "\n    reply:   " + reply;
        }
    }

    /** Totals of a run. */
    public static final class Report {
        public int requests;
        public int accepted;
        public int refused;
        public int unchangedChecks;
        public int adminSessionsRenewed;
        public final Map<String, Integer> byClass = new TreeMap<>();
        public final Map<String, Map<Integer, Integer>> statusesByOperation = new TreeMap<>();
        public final List<Finding> findings = new ArrayList<>();

        void count(String op, Http.Reply reply) {
            requests++;
            byClass.merge(reply.statusClass(), 1, Integer::sum);
            statusesByOperation.computeIfAbsent(op, k -> new TreeMap<>()).merge(reply.status(), 1, Integer::sum);
        }

        public String summary() {
            StringBuilder s = new StringBuilder();
            s.append(String.format(
                    "fuzz: %d requests, %d operations; by class %s; accepted %d, refused %d; "
                            + "database unchanged after %d refused requests and reads; %d findings%n",
                    requests,
                    statusesByOperation.size(),
                    byClass,
                    accepted,
                    refused,
                    unchangedChecks,
                    findings.size()));
            findings.stream().limit(20).forEach(f -> s.append("  ").append(f).append('\n'));
            return s.toString();
        }

        public String perOperation() {
            StringBuilder s = new StringBuilder();
            statusesByOperation.forEach((op, statuses) -> s.append(String.format("  %-45s %s%n", op, statuses)));
            return s.toString();
        }
    }

    private FuzzRun() {}

    /**
     * @param adminLogin signs in as an administrator and answers the token (again when a fuzzed request revoked it)
     * @param db         a connection to the application's database for the fingerprints, or null to skip them
     */
    public static Report run(
            Http http, String base, Fuzzer fuzzer, Supplier<String> adminLogin, Connection db, int count)
            throws SQLException {
        Report report = new Report();
        String adminToken = adminLogin.get();
        DbFingerprint fingerprint = db == null ? null : new DbFingerprint(db);
        Map<String, String> current = fingerprint == null ? null : fingerprint.take(db);
        List<Fuzzer.Op> ops = fuzzer.operations();
        for (int i = 0; i < count; i++) {
            Fuzzer.Op op = ops.get(i % ops.size());
            boolean admin = fuzzer.random().nextInt(5) < 3 && !op.path().endsWith("/auth/logout");
            Fuzzer.Request request = fuzzer.next(op, admin);
            Map<String, String> headers = new HashMap<>(request.headers());
            boolean ownToken = false;
            if (admin && !headers.containsKey("Authorization")) {
                headers.put("Authorization", "Bearer " + adminToken);
                ownToken = true;
            }
            Http.Reply reply =
                    http.send(request.method(), URI.create(base + request.pathAndQuery()), headers, request.body());
            report.count(op.id(), reply);
            check(request, reply, report);
            if (ownToken && reply.status() == 401) {
                // An earlier accepted request (a DELETE of a token, a password reset) ended this session.
                adminToken = adminLogin.get();
                report.adminSessionsRenewed++;
                if (fingerprint != null) {
                    current = fingerprint.take(db);
                }
                continue;
            }
            if (fingerprint != null) {
                Map<String, String> after = fingerprint.take(db);
                boolean read = List.of("GET", "HEAD", "OPTIONS").contains(request.method());
                if (read || !reply.ok()) {
                    List<String> changed = DbFingerprint.changed(current, after);
                    report.unchangedChecks++;
                    if (!changed.isEmpty()) {
                        Map<String, String> was = current;
                        List<String> detail = changed.stream()
                                .map(t -> t + " " + was.get(t) + " -> " + after.get(t))
                                .toList();
                        report.findings.add(new Finding(
                                request.toString(),
                                reply.toString(),
                                (read ? "a read" : "a refused request") + " changed the database: " + detail));
                    }
                }
                current = after;
            }
            if (reply.ok()) {
                report.accepted++;
            } else {
                report.refused++;
            }
        }
        return report;
    }

    /** Checks one answer; what is wrong goes into the report's findings. */
    static void check(Object request, Http.Reply reply, Report report) {
        String why = problemWith(reply);
        if (why != null) {
            report.findings.add(new Finding(String.valueOf(request), reply.toString(), why));
        }
    }

    /** What is wrong with an answer to a hostile request, or null. */
    public static String problemWith(Http.Reply reply) {
        if (reply.status() == 0) {
            return "no response: " + reply.error();
        }
        if (reply.status() >= 500) {
            return "server error " + reply.status();
        }
        if (reply.status() >= 400) {
            String text = reply.text();
            if (!reply.contentType().startsWith("application/problem+json")) {
                return "error without problem+json (Content-Type '" + reply.contentType() + "')";
            }
            if (!text.isEmpty()) { // HEAD answers carry no body
                try {
                    JsonNode problem = Http.JSON.readTree(text);
                    if (!problem.path("type").asText().startsWith("urn:pilotboard:problem:")
                            || problem.path("status").asInt() != reply.status()
                            || problem.path("title").asText().isEmpty()) {
                        return "problem without type, title or the right status";
                    }
                } catch (Exception e) {
                    return "problem+json that is not JSON";
                }
            }
            if (INTERNALS.matcher(text).find()) {
                return "error shows internals";
            }
        }
        return null;
    }

    // ---- requests java.net.http will not send -------------------------------------------------------

    /** Raw requests: chunked and declared oversized bodies, broken framing, odd request lines. */
    public static List<String> rawCases(String host, int port, long taskId, String adminToken, Report report) {
        List<String> names = new ArrayList<>();
        String hostHeader = host + ":" + port;
        String path = "/api/v1/tasks/" + taskId + "/updates";
        Map<String, byte[]> appLevel = new LinkedHashMap<>();
        String big = "{\"status\":\"in_progress\",\"comment\":\"" + "x".repeat(1024 * 1024 + 10) + "\"}";
        appLevel.put("chunked body over the limit", chunked(path, hostHeader, adminToken, big));
        appLevel.put(
                "declared Content-Length over the limit",
                ("POST " + path + " HTTP/1.1\r\nHost: " + hostHeader + "\r\nAuthorization: Bearer " + adminToken
                                + "\r\nContent-Type: application/json\r\nContent-Length: 5000000\r\nConnection: close\r\n\r\n{}")
                        .getBytes(StandardCharsets.UTF_8));
        appLevel.put("chunked small invalid body", chunked(path, hostHeader, adminToken, "{\"status\":\"nope\"}"));
        appLevel.put(
                "HTTP/1.0 without Host",
                ("GET /api/v1/tasks/" + taskId + "x HTTP/1.0\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        appLevel.put(
                "absolute-form target",
                ("GET http://evil.example/api/v1/regions/%00 HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        appLevel.put(
                "body shorter than declared, then close",
                ("POST " + path + " HTTP/1.1\r\nHost: " + hostHeader + "\r\nAuthorization: Bearer " + adminToken
                                + "\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"status\":")
                        .getBytes(StandardCharsets.UTF_8));
        appLevel.forEach((name, bytes) -> {
            Http.Reply reply = name.startsWith("body shorter")
                    ? Http.raw(host, port, null, bytes, Duration.ofSeconds(3))
                    : Http.raw(host, port, null, bytes, Duration.ofSeconds(20));
            if (name.startsWith("body shorter")) {
                // The server waits for the rest of the body and the client gives up: no answer is the right answer.
                names.add(name + ": "
                        + (reply.status() == 0 ? "no answer while the body is incomplete" : reply.status()));
                if (reply.status() != 0 && problemWith(reply) != null) {
                    report.findings.add(new Finding(name, reply.toString(), problemWith(reply)));
                }
                return;
            }
            names.add(name + ": " + reply.status());
            report.count("RAW " + name, reply);
            String why = problemWith(reply);
            if (why != null) {
                report.findings.add(new Finding(name, reply.toString(), why));
            }
        });
        // Below HTTP: the codec refuses these before any application code runs (a bare 4xx, connection closed).
        Map<String, byte[]> codec = new LinkedHashMap<>();
        codec.put(
                "request line over 4 KB",
                ("GET /api/v1/tasks?q=" + "a".repeat(9000) + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        codec.put(
                "header name with a space",
                "GET /api/v1/plan HTTP/1.1\r\nHost: x\r\nBad Header: 1\r\nConnection: close\r\n\r\n"
                        .getBytes(StandardCharsets.UTF_8));
        codec.put(
                "Content-Length not a number",
                ("POST " + path + " HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\nConnection: close\r\n\r\n{}")
                        .getBytes(StandardCharsets.UTF_8));
        codec.put("not HTTP at all", "\u0016\u0003\u0001garbage\r\n\r\n".getBytes(StandardCharsets.UTF_8));
        codec.forEach((name, bytes) -> {
            Http.Reply reply = Http.raw(host, port, null, bytes, Duration.ofSeconds(10));
            names.add(name + ": " + reply.status());
            report.count("RAW " + name, reply);
            if (reply.status() >= 500 || reply.status() != 0 && reply.status() < 400) {
                report.findings.add(
                        new Finding(name, reply.toString(), "the HTTP codec should refuse this with a 4xx"));
            }
        });
        return names;
    }

    private static byte[] chunked(String path, String host, String token, String body) {
        StringBuilder s = new StringBuilder(
                "POST " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: Bearer " + token
                        + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        int chunk = 64 * 1024;
        for (int off = 0; off < bytes.length; off += chunk) {
            int n = Math.min(chunk, bytes.length - off);
            s.append(Integer.toHexString(n))
                    .append("\r\n")
                    .append(new String(bytes, off, n, StandardCharsets.UTF_8))
                    .append("\r\n");
        }
        s.append("0\r\n\r\n");
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }
}
