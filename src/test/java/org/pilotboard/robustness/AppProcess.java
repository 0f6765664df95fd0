package org.pilotboard.robustness;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/** The packaged app (target/quarkus-app/quarkus-run.jar) as a child process on a port of its own. */
public final class AppProcess implements AutoCloseable {

    /** One readiness probe while starting: when, and what it answered (0: no connection). */
    public record Probe(long atMillis, int status, String body) {}

    private final int port;
    private final Map<String, String> env;
    private final Path log;
    private Process process;
    private int starts;

    public AppProcess(int port, Map<String, String> env, Path logDir) {
        this.port = port;
        this.env = env;
        this.log = logDir.resolve("app-" + port + ".log");
    }

    public String base() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    /** Starts the app and polls readiness until UP, answering every probe. */
    public List<Probe> start(Http http, Duration timeout) throws Exception {
        List<String> command = List.of(
                "java",
                "-Xms256m",
                "-Xmx256m",
                "-XX:+UseG1GC",
                "-jar",
                new File("target/quarkus-app/quarkus-run.jar").getAbsolutePath());
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(
                        starts++ == 0
                                ? ProcessBuilder.Redirect.to(log.toFile())
                                : ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().putAll(env);
        pb.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        long t0 = System.currentTimeMillis();
        process = pb.start();
        List<Probe> probes = new ArrayList<>();
        try {
            Awaitility.await("the app on port " + port + " ready")
                    .atMost(timeout)
                    .pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> {
                        if (!process.isAlive()) {
                            throw new IllegalStateException(
                                    "the app on port " + port + " exited (" + process.exitValue() + "); see " + log);
                        }
                        Http.Reply r = http.get(base() + "/q/health/ready", null);
                        probes.add(new Probe(
                                System.currentTimeMillis() - t0, r.status(), r.status() == 0 ? "" : r.text()));
                        return r.status() == 200;
                    });
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException(
                    "the app on port " + port + " was not ready within " + timeout + "; see " + log, e);
        }
        return probes;
    }

    /** SIGKILL: no shutdown hooks, no goodbye. */
    public void kill9() throws Exception {
        new ProcessBuilder("kill", "-9", Long.toString(process.pid())).start().waitFor(10, TimeUnit.SECONDS);
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** A full garbage collection in the app, by jcmd. */
    public void gc() throws Exception {
        Process p = new ProcessBuilder("jcmd", Long.toString(process.pid()), "GC.run")
                .redirectErrorStream(true)
                .start();
        p.getInputStream().readAllBytes();
        p.waitFor(60, TimeUnit.SECONDS);
    }

    /** Sums the Prometheus samples of a metric whose line starts with the prefix (name and optional labels). */
    public double metric(Http http, String prefix) {
        Http.Reply r =
                http.send("GET", java.net.URI.create(base() + "/q/metrics"), Map.of("Accept", "text/plain"), null);
        double sum = 0;
        boolean found = false;
        for (String line : r.text().split("\n")) {
            if (line.startsWith(prefix)) {
                String[] parts = line.trim().split(" ");
                sum += Double.parseDouble(parts[parts.length - 1]);
                found = true;
            }
        }
        return found ? sum : Double.NaN;
    }

    /** The first line of the log matching the pattern, or null. */
    public String logLine(String regex) throws Exception {
        Matcher m = Pattern.compile(regex).matcher(Files.readString(log, StandardCharsets.UTF_8));
        return m.find() ? m.group() : null;
    }

    public String logText() throws Exception {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws Exception {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
