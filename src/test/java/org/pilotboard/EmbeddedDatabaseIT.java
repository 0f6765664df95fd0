package org.pilotboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pilotboard.robustness.AppProcess;
import org.pilotboard.robustness.Http;

/**
 * The packaged app on its embedded PostgreSQL (docs/embedded-database.md), with no other server in
 * reach: the configured URL points at a port where nothing listens, so only the embedded server can
 * make these pass. A temporary data folder per test.
 */
class EmbeddedDatabaseIT {

    private static final Duration START = Duration.ofMinutes(5);
    private final Http http = new Http(Duration.ofSeconds(30));
    private Path dir;
    private Path data;

    @BeforeEach
    void folder() throws Exception {
        dir = Files.createTempDirectory("pilotboard-embedded-it-");
        // The server runs as an unprivileged user when the tests run as root: it must enter the folder.
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        data = dir.resolve("pg");
    }

    @AfterEach
    void cleanUp() throws Exception {
        Path pid = data.resolve("data/postmaster.pid");
        if (Files.exists(pid)) { // a failed test's server: ours, stop it
            ProcessHandle.of(Long.parseLong(Files.readAllLines(pid).get(0).strip()))
                    .ifPresent(ProcessHandle::destroy);
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private Map<String, String> env(String mode, String url) {
        return Map.of(
                "PILOTBOARD_EMBEDDED_DB",
                mode,
                "PILOTBOARD_DATA_DIR",
                data.toString(),
                "PILOTBOARD_DEMO_DATA",
                "true",
                "PILOTBOARD_ADMIN_PASSWORD",
                "Embedded-IT-Passw0rd-26",
                "QUARKUS_DATASOURCE_JDBC_URL",
                url);
    }

    private static int deadPort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static int freePort() throws Exception {
        return deadPort();
    }

    private JsonNode summary(AppProcess app) {
        Http.Reply r = http.get(app.base() + "/api/v1/dashboard/summary", null);
        assertEquals(200, r.status(), r.toString());
        return r.json().get("overall");
    }

    private long serverPid() throws Exception {
        return Long.parseLong(
                Files.readAllLines(data.resolve("data/postmaster.pid")).get(0).strip());
    }

    @Test
    void migratesLoadsServesKeepsItsDataAcrossARestartAndRecoversAfterAKill() throws Exception {
        Map<String, String> env = env("always", "jdbc:postgresql://127.0.0.1:" + deadPort() + "/pilotboard");
        JsonNode first;
        long firstMillis;
        try (AppProcess app = new AppProcess(freePort(), env, dir)) {
            List<AppProcess.Probe> probes = app.start(http, START);
            firstMillis = probes.get(probes.size() - 1).atMillis();
            first = summary(app);
            assertTrue(first.get("tasks").asInt() > 0, "demo tasks served: " + first);
            String line = app.logLine(
                    "Embedded PostgreSQL 15\\.\\S+ on 127\\.0\\.0\\.1:\\d+ .*first start; created a new database cluster.*");
            assertNotNull(line, "one line says what happened and where the data is: " + app.logText());
            assertTrue(line.contains("data in " + data.resolve("data")), line);
            assertTrue(line.contains("pg_dump -h 127.0.0.1 -p "), line);
            if ("root".equals(System.getProperty("user.name"))) {
                String status = Files.readString(Path.of("/proc/" + serverPid() + "/status"));
                String uid = status.lines()
                        .filter(l -> l.startsWith("Uid:"))
                        .findFirst()
                        .orElseThrow()
                        .split("\\s+")[1];
                assertNotEquals("0", uid, "the server does not run as root");
            }
        }
        assertFalse(Files.exists(data.resolve("data/postmaster.pid")), "the server stopped cleanly with the app");

        long warmMillis;
        try (AppProcess app = new AppProcess(freePort(), env, dir)) {
            List<AppProcess.Probe> probes = app.start(http, START);
            warmMillis = probes.get(probes.size() - 1).atMillis();
            assertEquals(first, summary(app), "the same data after a restart, nothing loaded twice");
            assertNotNull(app.logLine("Embedded PostgreSQL .*started again"), app.logText());
            app.kill9();
        }
        long orphan = serverPid();
        assertTrue(
                ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false), "SIGKILL left the server running");

        try (AppProcess app = new AppProcess(freePort(), env, dir)) {
            app.start(http, START);
            assertEquals(first, summary(app), "the same data after a crash");
            assertNotNull(
                    app.logLine("stopped the server \\(pid " + orphan + "\\) that an earlier Pilotboard left running"),
                    app.logText());
            assertFalse(
                    ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false), "the leftover server is gone");
        }
        assertFalse(Files.exists(data.resolve("data/postmaster.pid")));
        System.out.printf(
                "embedded PostgreSQL: first start ready in %d ms, warm start in %d ms%n", firstMillis, warmMillis);
    }

    @Test
    void aConfiguredUrlNeverFallsBack() throws Exception {
        int port = deadPort();
        ProcessBuilder pb = new ProcessBuilder(
                        "java",
                        "-jar",
                        Path.of("target/quarkus-app/quarkus-run.jar")
                                .toAbsolutePath()
                                .toString())
                .redirectErrorStream(true);
        pb.environment().putAll(env("auto", "jdbc:postgresql://127.0.0.1:" + port + "/pilotboard"));
        pb.environment().put("QUARKUS_HTTP_PORT", Integer.toString(freePort()));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(2, TimeUnit.MINUTES));
        assertEquals(1, p.exitValue(), out);
        assertTrue(out.contains("cannot reach PostgreSQL at jdbc:postgresql://127.0.0.1:" + port), out);
        assertFalse(out.contains("Embedded PostgreSQL"), out);
        assertFalse(Files.exists(data), "no embedded server was set up");
    }
}
