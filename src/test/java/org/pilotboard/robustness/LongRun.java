package org.pilotboard.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The long robustness suite (bench/robustness/run.sh): a private PostgreSQL, the packaged app as
 * child processes, nginx in front of two of them, and six scenarios: lost updates, a database
 * outage, a SIGKILL crash, the OpenAPI fuzzer at 10,000+ requests, two instances sharing the
 * database, and a soak at half the measured maximum. Everything on 127.0.0.1, every load bounded in
 * time and count. Prints a summary and exits non-zero when a scenario fails.
 */
public final class LongRun {

    static final String ADMIN_PASSWORD = "Robustness-Chief-Passw0rd-26";

    private final Config config = new Config();
    private final Http http = new Http(Duration.ofSeconds(15));
    private final Path out = Path.of("target", "robustness");
    private final List<String> results = new ArrayList<>();
    private final Map<String, Integer> totalsByClass = new TreeMap<>();
    private int totalRequests;
    private int totalAcknowledged;
    private int totalFound;
    private String recovery = "";
    private boolean failed;
    private PrivatePostgres pg;
    private AppProcess a;
    private AppProcess b;
    private Process nginx;
    private Path nginxDir;
    private String token;
    private final String runId = Long.toString(System.currentTimeMillis() % 10_000_000L, 36);

    /** Settings from the environment, with the defaults of a full run. */
    static final class Config {
        final int soakSeconds = env("SOAK_SECONDS", 600);
        final int fuzzRequests = env("FUZZ_REQUESTS", 10_000);
        final int outageSeconds = env("OUTAGE_SECONDS", 10);
        final int pgPort = env("ROBUSTNESS_PG_PORT", 55432);
        final int portA = env("ROBUSTNESS_PORT_A", 18085);
        final int portB = env("ROBUSTNESS_PORT_B", 18086);
        final int nginxPort = env("ROBUSTNESS_NGINX_PORT", 18087);
        final int lostClients = env("LOST_UPDATE_CLIENTS", 32);
        final int lostCycles = env("LOST_UPDATE_CYCLES_PER_CLIENT", 25);
        final double failFastSeconds = env("FAIL_FAST_SECONDS", 2);
        final double recoverySeconds = env("RECOVERY_SECONDS", 5);
        final String scenarios = System.getenv().getOrDefault("SCENARIOS", "lost,fuzz,outage,crash,two,soak");

        static int env(String name, int fallback) {
            String v = System.getenv(name);
            return v == null || v.isBlank() ? fallback : Integer.parseInt(v.strip());
        }
    }

    public static void main(String[] args) throws Exception {
        LongRun run = new LongRun();
        AtomicBoolean cleaned = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (!cleaned.get()) {
                run.cleanUp();
            }
        }));
        int code;
        try {
            code = run.all();
        } finally {
            run.cleanUp();
            cleaned.set(true);
        }
        System.exit(code);
    }

    private int all() throws Exception {
        Files.createDirectories(out);
        long t0 = System.currentTimeMillis();
        log("private PostgreSQL on 127.0.0.1:" + config.pgPort + ", app on :" + config.portA + " and :" + config.portB
                + ", nginx on :" + config.nginxPort + "; logs in " + out.toAbsolutePath());
        pg = new PrivatePostgres(config.pgPort);
        pg.start();
        a = new AppProcess(config.portA, appEnv(), out);
        List<AppProcess.Probe> probes = a.start(http, Duration.ofMinutes(3));
        log("app A ready after " + probes.get(probes.size() - 1).atMillis() + " ms");
        token = adminLogin(a.port());

        scenario("lost", "1 lost updates", this::lostUpdates);
        scenario("outage", "2 database outage", this::outage);
        scenario("crash", "3 crash (SIGKILL)", this::crash);
        scenario("fuzz", "4 hostile input", this::fuzz);
        scenario("two", "5 two instances", this::twoInstances);
        scenario("soak", "6 soak", this::soak);

        StringBuilder s = new StringBuilder();
        s.append("\n==== Pilotboard robustness: ")
                .append(Instant.now())
                .append(", ")
                .append((System.currentTimeMillis() - t0) / 1000)
                .append(" s ====\n");
        results.forEach(r -> s.append(r).append('\n'));
        s.append(String.format(
                "TOTAL  requests %d; by class %s; writes acknowledged %d, found %d%s%n",
                totalRequests, totalsByClass, totalAcknowledged, totalFound, recovery));
        s.append(failed ? "RESULT FAILED\n" : "RESULT PASSED\n");
        System.out.print(s);
        Files.writeString(out.resolve("summary.txt"), s.toString(), StandardCharsets.UTF_8);
        return failed ? 1 : 0;
    }

    interface Scenario {
        String run() throws Exception;
    }

    /** Runs a scenario: it answers its figures, or throws AssertionError with them when a check failed. */
    private void scenario(String key, String title, Scenario scenario) {
        if (!config.scenarios.contains(key)) {
            return;
        }
        log("---- " + title);
        long t0 = System.currentTimeMillis();
        String line;
        try {
            ensureUp();
            line = String.format(
                    "%-22s PASS  %s  (%d s)", title, scenario.run(), (System.currentTimeMillis() - t0) / 1000);
        } catch (Throwable e) {
            failed = true;
            line = String.format(
                    "%-22s FAIL  %s  (%d s)", title, e.getMessage(), (System.currentTimeMillis() - t0) / 1000);
            e.printStackTrace(System.out);
        }
        log(line);
        results.add(line);
    }

    // ---- 1 ---------------------------------------------------------------------------------------

    private String lostUpdates() throws Exception {
        List<Long> tasks = tasks(region("lu"), 4);
        LostUpdates.Report r =
                LostUpdates.run(http, List.of(a.base()), token, tasks, config.lostClients, config.lostCycles, 1);
        count(r.cycles * 2, Map.of("2xx", r.cycles + r.successes, "4xx", r.conflicts));
        totalAcknowledged += r.successes;
        totalFound += r.violations.isEmpty() ? r.successes : 0;
        check(r.errors.isEmpty() && r.violations.isEmpty() && r.conflicts > 0, r.summary());
        return r.summary();
    }

    // ---- 2 ---------------------------------------------------------------------------------------

    private String outage() throws Exception {
        String region = region("outage");
        List<Long> tasks = tasks(region, 6);
        Load load = new Load(http, List.of(a.base()), token, tasks, region, "outage" + runId).start(4, 4, 15, 0.1);
        Thread.sleep(5000);
        List<long[]> readiness = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean probing = new AtomicBoolean(true);
        Thread prober = new Thread(() -> {
            while (probing.get()) {
                Http.Reply r = http.get(a.base() + "/q/health/ready", null);
                readiness.add(new long[] {System.currentTimeMillis(), r.status()});
                sleep(200);
            }
        });
        prober.start();
        long stop = System.currentTimeMillis();
        pg.stop("fast");
        long stopped = System.currentTimeMillis();
        Thread.sleep(config.outageSeconds * 1000L);
        long restart = System.currentTimeMillis();
        pg.start();
        long back = System.currentTimeMillis();
        Thread.sleep(10_000);
        load.stop();
        probing.set(false);
        prober.join();
        List<Load.Call> calls = load.calls();

        // During the outage: every failure a quick 503 problem+json with Retry-After.
        int during = 0;
        int failures = 0;
        int proper = 0;
        double slowestFailure = 0;
        double slowest = 0;
        List<String> bad = new ArrayList<>();
        List<Double> failureLatencies = new ArrayList<>();
        for (Load.Call c : calls) {
            slowest = Math.max(slowest, c.millis());
            if (c.at() >= stop && c.at() <= back) {
                during++;
                if (c.status() < 200 || c.status() >= 300) {
                    failures++;
                    failureLatencies.add(c.millis());
                    slowestFailure = Math.max(slowestFailure, c.millis());
                    if (c.status() == 503 && c.contentType().startsWith("application/problem+json") && c.retryAfter()) {
                        proper++;
                    } else if (bad.size() < 5) {
                        bad.add(c.kind() + " " + c.status() + " " + c.contentType() + " " + c.error());
                    }
                }
            }
        }
        // After: the first successes, and nothing but successes from RECOVERY_SECONDS on.
        Collections.sort(failureLatencies);
        long overOneSecond = failureLatencies.stream().filter(m -> m > 1000).count();
        double firstWrite = firstSuccessAfter(calls, back, true);
        double firstRead = firstSuccessAfter(calls, back, false);
        double recoverySeconds = Math.max(firstWrite, firstRead);
        recovery += String.format("; recovery after the outage %.2f s", recoverySeconds);
        long unexpected = calls.stream()
                .filter(c -> c.status() == 0
                        || c.status() >= 400 && c.status() != 503
                        || c.status() == 503 && c.at() + c.millis() < stop)
                .count();
        long errorsLater = calls.stream()
                .filter(c -> c.at() > back + config.recoverySeconds * 1000 && (c.status() < 200 || c.status() >= 300))
                .count();
        double readyAgain = readiness.stream()
                        .filter(p -> p[0] >= back && p[1] == 200)
                        .mapToLong(p -> p[0] - back)
                        .min()
                        .orElse(-1)
                / 1000.0;
        boolean wentDown = readiness.stream().anyMatch(p -> p[0] > stopped && p[0] < restart && p[1] == 503);
        Load.Verdict verdict;
        try (Connection db = db()) {
            verdict = Load.verify(db, "outage" + runId, calls);
        }
        double idle = waitForIdlePool(a);
        tally(calls, verdict);
        String figures = String.format(
                "%d requests (%s); PostgreSQL down %.1f s: %d requests then, %d failed, %d of them 503 problem+json "
                        + "with Retry-After in p50 %.0f ms, p99 %.0f ms, max %.0f ms (%d over 1 s), slowest request %.2f s; readiness down during the outage: %s; "
                        + "recovery after PostgreSQL was back: first write %.2f s, first read %.2f s, readiness %.2f s, errors after %.0f s: %d; "
                        + "other errors (not 503, or before the outage): %d; "
                        + "pool idle %.1f s after the load; %s",
                calls.size(),
                byClass(calls),
                (back - stop) / 1000.0,
                during,
                failures,
                proper,
                pct(failureLatencies, 50),
                pct(failureLatencies, 99),
                slowestFailure,
                overOneSecond,
                slowest / 1000,
                wentDown,
                firstWrite,
                firstRead,
                readyAgain,
                config.recoverySeconds,
                errorsLater,
                unexpected,
                idle,
                verdict.summary());
        check(
                failures > 0
                        && proper == failures
                        && slowestFailure <= config.failFastSeconds * 1000
                        && slowest < 5000
                        && recoverySeconds >= 0
                        && recoverySeconds <= config.recoverySeconds
                        && errorsLater == 0
                        && unexpected == 0
                        && wentDown
                        && readyAgain >= 0
                        && verdict.violations.isEmpty()
                        && idle >= 0,
                figures + (bad.isEmpty() ? "" : " wrong failures: " + bad));
        return figures;
    }

    private static double firstSuccessAfter(List<Load.Call> calls, long back, boolean writes) {
        return calls.stream()
                        .filter(c -> c.write() == writes && c.at() >= back && c.status() >= 200 && c.status() < 300)
                        .mapToDouble(c -> c.at() + c.millis() - back)
                        .min()
                        .orElse(-1000)
                / 1000.0;
    }

    // ---- 3 ---------------------------------------------------------------------------------------

    private String crash() throws Exception {
        String region = region("crash");
        List<Long> tasks = tasks(region, 6);
        Load load = new Load(http, List.of(a.base()), token, tasks, region, "crash" + runId).start(8, 2, 20, 0.1);
        Thread.sleep(6000);
        long kill = System.currentTimeMillis();
        a.kill9();
        Thread.sleep(500);
        load.stop();
        List<Load.Call> calls = load.calls();
        long inFlight = calls.stream()
                .filter(c -> c.write() && c.status() == 0 && c.at() <= kill)
                .count();
        int startsBefore = occurrences(a.logText(), "Start-up data checks passed");

        List<AppProcess.Probe> probes = a.start(http, Duration.ofMinutes(3));
        AppProcess.Probe up = probes.get(probes.size() - 1);
        recovery += String.format("; back after the crash %.1f s (restart to ready)", up.atMillis() / 1000.0);
        boolean downUntilUp = probes.subList(0, probes.size() - 1).stream().noneMatch(p -> p.status() == 200);
        JsonNode ready = Http.JSON.readTree(up.body());
        JsonNode startupCheck = null;
        for (JsonNode c : ready.path("checks")) {
            if (c.path("name").asText().startsWith("Pilotboard start-up")) {
                startupCheck = c;
            }
        }
        boolean checksPassed = startupCheck != null
                && startupCheck.path("status").asText().equals("UP")
                && startupCheck.path("data").path("pendingMigrations").asInt(-1) == 0;
        boolean loggedBeforeReady = occurrences(a.logText(), "Start-up data checks passed") == startsBefore + 1;
        Load.Verdict verdict;
        try (Connection db = db()) {
            verdict = Load.verify(db, "crash" + runId, calls);
        }
        tally(calls, verdict);
        String figures = String.format(
                "%d requests (%s); killed with SIGKILL, %d writes in flight; restart ready after %.1f s "
                        + "(%d readiness probes refused or down before the first UP, none UP before; data checks %s: %s); %s",
                calls.size(),
                byClass(calls),
                inFlight,
                up.atMillis() / 1000.0,
                probes.size() - 1,
                checksPassed && loggedBeforeReady ? "passed first" : "NOT passed first",
                startupCheck == null ? "none" : startupCheck.path("data").toString(),
                verdict.summary());
        check(
                downUntilUp
                        && checksPassed
                        && loggedBeforeReady
                        && verdict.violations.isEmpty()
                        && verdict.acknowledged > 0,
                figures);
        return figures;
    }

    // ---- 4 ---------------------------------------------------------------------------------------

    private String fuzz() throws Exception {
        Map<String, List<String>> fixtures = Fixtures.forFuzzer(http, a.base(), token, runId.toLowerCase());
        JsonNode spec = http.get(a.base() + "/q/openapi?format=json", null).json();
        Fuzzer fuzzer = new Fuzzer(spec, 20261122L, fixtures);
        FuzzRun.Report report;
        try (Connection db = db()) {
            report = FuzzRun.run(http, a.base(), fuzzer, () -> adminLogin(a.port()), db, config.fuzzRequests);
        }
        List<String> raw = FuzzRun.rawCases(
                "127.0.0.1", a.port(), Long.parseLong(fixtures.get("tasks").get(1)), adminLogin(a.port()), report);
        token = adminLogin(a.port()); // the fuzzer may have revoked sessions
        Files.writeString(
                out.resolve("fuzz-operations.txt"), report.summary() + report.perOperation() + "raw: " + raw + "\n");
        count(report.requests, report.byClass);
        String figures = String.format(
                "%d requests over %d operations (as anonymous and admin), by class %s; accepted %d, refused %d; "
                        + "database unchanged after all %d refused requests and reads; %d findings; per operation in %s",
                report.requests,
                fuzzer.operations().size(),
                report.byClass,
                report.accepted,
                report.refused,
                report.unchangedChecks,
                report.findings.size(),
                out.resolve("fuzz-operations.txt"));
        check(
                report.findings.isEmpty()
                        && report.requests >= config.fuzzRequests
                        && report.byClass.getOrDefault("5xx", 0) == 0,
                figures + "\n" + report.summary());
        return figures;
    }

    // ---- 5 ---------------------------------------------------------------------------------------

    private String twoInstances() throws Exception {
        b = new AppProcess(config.portB, appEnv(), out);
        b.start(http, Duration.ofMinutes(3));
        String proxy = startNginx();
        List<String> notes = new ArrayList<>();
        boolean ok = true;

        // Writes through one instance are visible through the other (and through the proxy) within 1 s.
        String region = region("two");
        List<Long> tasks = tasks(region, 2);
        List<Double> taskLags = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            AppProcess writer = i % 2 == 0 ? a : b;
            String reader = i % 4 < 2
                    ? (writer == a ? b.base() : a.base())
                    : (proxy != null ? proxy : (writer == a ? b.base() : a.base()));
            long task = tasks.get(i % 2);
            reader(reader, task); // warm whatever the reader caches
            Http.Reply w = http.json(
                    "POST",
                    writer.base() + "/api/v1/tasks/" + task + "/updates",
                    token,
                    null,
                    Map.of("status", "in_progress", "progress", 1 + i, "comment", "two-" + i));
            long version = w.json().path("taskVersion").asLong();
            long t0 = System.nanoTime();
            double lag = -1;
            while (System.nanoTime() - t0 < 3_000_000_000L) {
                if (reader(reader, task).path("version").asLong() >= version) {
                    lag = (System.nanoTime() - t0) / 1e6;
                    break;
                }
                Thread.sleep(10);
            }
            taskLags.add(lag < 0 ? 99_999 : lag);
        }
        double maxTaskLag = Collections.max(taskLags);
        ok &= maxTaskLag < 1000;

        // The dashboard summary too: move a task between in_progress and delayed on one, watch the counts on the other.
        List<Double> summaryLags = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            AppProcess writer = i % 2 == 0 ? a : b;
            String reader = writer == a ? b.base() : a.base();
            long task = tasks.get(0);
            int before = delayed(reader);
            boolean toDelayed =
                    reader(writer.base(), task).path("status").asText().equals("in_progress");
            Map<String, Object> body = toDelayed
                    ? Map.of("status", "delayed", "comment", "两实例测试 " + i)
                    : Map.of("status", "in_progress", "comment", "恢复 " + i);
            Http.Reply w = http.json("POST", writer.base() + "/api/v1/tasks/" + task + "/updates", token, null, body);
            check(w.status() == 201, "status change: " + w);
            int expected = before + (toDelayed ? 1 : -1);
            long t0 = System.nanoTime();
            double lag = -1;
            while (System.nanoTime() - t0 < 3_000_000_000L) {
                if (delayed(reader) == expected) {
                    lag = (System.nanoTime() - t0) / 1e6;
                    break;
                }
                Thread.sleep(10);
            }
            summaryLags.add(lag < 0 ? 99_999 : lag);
        }
        double maxSummaryLag = Collections.max(summaryLags);
        ok &= maxSummaryLag < 1000;
        notes.add(String.format(
                "visible on the other instance%s: task max %.0f ms (of %d), summary max %.0f ms (of %d)",
                proxy != null ? " and through nginx" : "",
                maxTaskLag,
                taskLags.size(),
                maxSummaryLag,
                summaryLags.size()));

        // Concurrency control across both instances and the proxy.
        List<String> bases = new ArrayList<>(List.of(a.base(), b.base()));
        if (proxy != null) {
            bases.add(proxy);
        }
        LostUpdates.Report lu =
                LostUpdates.run(http, bases, token, tasks(region("two-lu"), 4), config.lostClients, 15, 2);
        ok &= lu.errors.isEmpty() && lu.violations.isEmpty();
        totalAcknowledged += lu.successes;
        totalFound += lu.violations.isEmpty() ? lu.successes : 0;
        count(lu.cycles * 2, Map.of("2xx", lu.cycles + lu.successes, "4xx", lu.conflicts));
        notes.add("across instances: " + lu.summary());

        // Behind nginx, login throttling and the audit trail see the client's address, not the proxy's.
        if (proxy != null) {
            String user = "proxy-" + runId.toLowerCase();
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 21; i++) {
                statuses.add(rawLogin(config.nginxPort, "127.0.0.9", user + "-" + i, "wrong-password-" + i)
                        .status());
            }
            int other = rawLogin(config.nginxPort, "127.0.0.10", user + "-x", "wrong-password-x")
                    .status();
            JsonNode audit = http.get(a.base() + "/api/v1/audit?action=auth.login_failed&actor=" + user + "-0", token)
                    .json();
            String address = audit.path("items").path(0).path("address").asText();
            boolean throttled =
                    statuses.subList(0, 20).stream().allMatch(s -> s == 401) && statuses.get(20) == 429 && other == 401;
            ok &= throttled && address.equals("127.0.0.9");
            notes.add(String.format(
                    "through nginx: 20 failed sign-ins from 127.0.0.9 then %d, another client 127.0.0.10 gets %d, "
                            + "audit address %s",
                    statuses.get(20), other, address));
        } else {
            ok = false;
            notes.add("nginx is not installed: the proxy checks did not run (apt-get install nginx)");
        }
        String figures = String.join("; ", notes);
        check(ok, figures);
        return figures;
    }

    private JsonNode reader(String base, long task) {
        return http.get(base + "/api/v1/tasks/" + task, null).json();
    }

    private int delayed(String base) {
        return http.get(base + "/api/v1/dashboard/summary", null)
                .json()
                .path("overall")
                .path("byStatus")
                .path("delayed")
                .asInt();
    }

    // ---- 6 ---------------------------------------------------------------------------------------

    private String soak() throws Exception {
        if (b != null) {
            b.close();
            b = null;
        }
        stopNginx();
        String region = region("soak");
        List<Long> tasks = tasks(region, 8);
        int threads = 16;
        // The measured maximum: as fast as 16 clients can go for 20 s.
        Load max = new Load(http, List.of(a.base()), token, tasks, region, "max" + runId).start(4, 12, 0, 0.02);
        Thread.sleep(20_000);
        max.stop();
        List<Load.Call> maxCalls = max.calls();
        double maxRate = maxCalls.size() / 20.0;
        long maxErrors = maxCalls.stream()
                .filter(c -> c.status() < 200 || c.status() >= 300)
                .count();
        double rate = maxRate / 2;

        Thread.sleep(2000);
        double[] before = sample(System.currentTimeMillis()); // idle, warmed up: the baseline
        Load soak = new Load(http, List.of(a.base()), token, tasks, region, "soak" + runId)
                .start(4, 12, rate / threads, 0.02);
        List<double[]> samples = new ArrayList<>(); // seconds, heap MB, active, available, awaiting, threads
        long t0 = System.currentTimeMillis();
        long every = Math.max(10, config.soakSeconds / 10) * 1000L;
        long next = t0 + every / 2;
        while (System.currentTimeMillis() - t0 < config.soakSeconds * 1000L) {
            Thread.sleep(Math.max(0, Math.min(next, t0 + config.soakSeconds * 1000L) - System.currentTimeMillis()));
            if (System.currentTimeMillis() >= next) {
                samples.add(sample(t0));
                next += every;
            }
        }
        soak.stop();
        double idle = waitForIdlePool(a);
        double[] end = sample(t0);
        List<Load.Call> calls = soak.calls();
        long errors = calls.stream()
                .filter(c -> c.status() < 200 || c.status() >= 300)
                .count();
        Load.Verdict verdict;
        try (Connection db = db()) {
            verdict = Load.verify(db, "soak" + runId, calls);
        }
        tally(maxCalls, null);
        tally(calls, verdict);
        int third = Math.max(1, samples.size() / 3);
        // Under load a young collection can follow the full one before the gauge is read, so the samples are
        // noisy upwards: compare the lowest of the first and last thirds, and the idle heap before and after.
        double early =
                samples.subList(0, third).stream().mapToDouble(s -> s[1]).min().orElse(0);
        double late = samples.subList(samples.size() - third, samples.size()).stream()
                .mapToDouble(s -> s[1])
                .min()
                .orElse(0);
        boolean flat = late <= early * 1.25 + 16 && end[1] <= before[1] * 1.15 + 8;
        List<Double> latencies = calls.stream().map(Load.Call::millis).sorted().toList();
        StringBuilder heap = new StringBuilder();
        samples.forEach(s -> heap.append(String.format("%.0f:%.1f ", s[0], s[1])));
        String figures = String.format(
                "maximum %.0f req/s (%d errors), soak at %.0f req/s for %d s: %d requests (%s), %d errors, "
                        + "latency p50 %.1f ms p99 %.1f ms max %.0f ms; live heap after full GC: idle before %.1f MB, under load (s:MB) %s, "
                        + "idle after %.1f MB: %s; pool after the load: "
                        + "active %.0f, available %.0f, awaiting %.0f (idle %.1f s after), threads %.0f; %s",
                maxRate,
                maxErrors,
                rate,
                config.soakSeconds,
                calls.size(),
                byClass(calls),
                errors,
                pct(latencies, 50),
                pct(latencies, 99),
                latencies.isEmpty() ? 0 : latencies.get(latencies.size() - 1),
                before[1],
                heap,
                end[1],
                flat ? "flat" : "GROWING",
                end[2],
                end[3],
                end[4],
                idle,
                end[5],
                verdict.summary());
        check(
                errors == 0 && flat && idle >= 0 && end[4] == 0 && verdict.violations.isEmpty() && samples.size() >= 3,
                figures);
        return figures;
    }

    private double[] sample(long t0) throws Exception {
        a.gc();
        // Old generation after that full collection: the live heap, whatever the load allocates meanwhile.
        return new double[] {
            (System.currentTimeMillis() - t0) / 1000.0,
            a.metric(http, "jvm_gc_live_data_size_bytes") / 1024 / 1024,
            a.metric(http, "agroal_active_count"),
            a.metric(http, "agroal_available_count"),
            a.metric(http, "agroal_awaiting_count"),
            a.metric(http, "jvm_threads_live_threads")
        };
    }

    private static double pct(List<Double> sorted, int p) {
        return sorted.isEmpty()
                ? 0
                : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    /** Seconds until the pool has no active connection and no waiter, or -1 after 10 s. */
    private double waitForIdlePool(AppProcess app) throws InterruptedException {
        long t0 = System.currentTimeMillis();
        while (System.currentTimeMillis() - t0 < 10_000) {
            if (app.metric(http, "agroal_active_count") == 0 && app.metric(http, "agroal_awaiting_count") == 0) {
                return (System.currentTimeMillis() - t0) / 1000.0;
            }
            Thread.sleep(100);
        }
        return -1;
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private Map<String, String> appEnv() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_DATASOURCE_JDBC_URL", pg.jdbcUrl("pilotboard"));
        env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
        env.put("PILOTBOARD_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.put("PILOTBOARD_DEMO_DATA", "true");
        // Its load comes from a few clients on one address: budgets on, but none refused.
        env.put("PILOTBOARD_RATE_LIMITS_PER_TOKEN", "2000000000");
        env.put("PILOTBOARD_RATE_LIMITS_PER_ADDRESS", "2000000000");
        return env;
    }

    /** Makes sure PostgreSQL and app A are up (a failed scenario may have left them down). */
    private void ensureUp() throws Exception {
        if (!pg.accepting()) {
            pg.start();
        }
        if (http.get(a.base() + "/q/health/ready", null).status() != 200) {
            a.close();
            a.start(http, Duration.ofMinutes(3));
        }
        if (http.get(a.base() + "/api/v1/me", token).status() != 200) {
            token = adminLogin(a.port());
        }
    }

    /** Signs in as admin from 127.0.0.2, so that the fuzzer's failed sign-ins from 127.0.0.1 do not throttle it. */
    private String adminLogin(int port) {
        Http.Reply r = rawLogin(port, "127.0.0.2", "admin", ADMIN_PASSWORD);
        if (r.status() != 200) {
            throw new IllegalStateException("admin sign-in: " + r + "; " + accountsAndTheirAudit());
        }
        return r.json().get("token").asText();
    }

    private static Http.Reply rawLogin(int port, String from, String username, String password) {
        byte[] body = ("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        return Http.raw(
                "127.0.0.1",
                port,
                from,
                Http.rawRequest(
                        "POST",
                        "/api/v1/auth/login",
                        "127.0.0.1:" + port,
                        Map.of("Content-Type", "application/json", "Accept", "application/json"),
                        body),
                Duration.ofSeconds(30));
    }

    private String region(String prefix) {
        return Fixtures.region(http, a.base(), token, prefix + "-" + runId.toLowerCase());
    }

    private List<Long> tasks(String region, int n) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(Fixtures.task(http, a.base(), token, region, region + " 任务 " + i));
        }
        return ids;
    }

    /** What happened to the accounts, for a failed admin sign-in. */
    private String accountsAndTheirAudit() {
        StringBuilder s = new StringBuilder();
        try (Connection c = db();
                java.sql.Statement st = c.createStatement()) {
            try (java.sql.ResultSet rs =
                    st.executeQuery("SELECT id, username, role, disabled, updated_at FROM account ORDER BY id")) {
                while (rs.next()) {
                    s.append(String.format(
                            "account %d %s %s disabled=%s %s; ",
                            rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getString(5)));
                }
            }
            try (java.sql.ResultSet rs =
                    st.executeQuery("SELECT action, actor_name, entity_id, at, after::text FROM audit_event "
                            + "WHERE entity_type = 'user' AND action NOT LIKE 'auth.%' ORDER BY id DESC LIMIT 10")) {
                while (rs.next()) {
                    s.append(String.format(
                            "audit %s by %s on %s at %s: %s; ",
                            rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                }
            }
        } catch (Exception e) {
            s.append("(no details: ").append(e.getMessage()).append(')');
        }
        return s.toString();
    }

    private Connection db() throws Exception {
        return DriverManager.getConnection(pg.jdbcUrl("pilotboard"), "postgres", "");
    }

    private String startNginx() throws Exception {
        if (new ProcessBuilder("sh", "-c", "command -v nginx").start().waitFor() != 0) {
            return null;
        }
        Path dir = Files.createTempDirectory("pilotboard-robustness-nginx-");
        nginxDir = dir;
        dir.toFile().setWritable(true, false);
        dir.toFile().setExecutable(true, false);
        String conf = """
                worker_processes 1;
                daemon off;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 1024; }
                http {
                    access_log off;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    upstream pilotboard { server 127.0.0.1:%2$d; server 127.0.0.1:%3$d; keepalive 32; }
                    server {
                        listen 127.0.0.1:%4$d;
                        client_max_body_size 2m;
                        location / {
                            proxy_pass http://pilotboard;
                            proxy_http_version 1.1;
                            proxy_set_header Connection "";
                            proxy_set_header Host $host;
                            proxy_set_header X-Forwarded-For $remote_addr;
                            proxy_set_header X-Forwarded-Proto $scheme;
                        }
                    }
                }
                """.formatted(dir, config.portA, config.portB, config.nginxPort);
        Files.writeString(dir.resolve("nginx.conf"), conf);
        nginx = new ProcessBuilder(
                        "nginx",
                        "-p",
                        dir.toString(),
                        "-c",
                        dir.resolve("nginx.conf").toString())
                .redirectErrorStream(true)
                .redirectOutput(out.resolve("nginx.log").toFile())
                .start();
        String base = "http://127.0.0.1:" + config.nginxPort;
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            if (http.get(base + "/q/health/ready", null).status() == 200) {
                return base;
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("nginx did not start; see " + out.resolve("nginx.log"));
    }

    private void stopNginx() throws InterruptedException {
        if (nginx != null) {
            nginx.destroy();
            nginx.waitFor(10, TimeUnit.SECONDS);
            nginx = null;
        }
        if (nginxDir != null) {
            try (var files = Files.walk(nginxDir)) {
                files.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (java.io.IOException e) {
                System.err.println("could not remove " + nginxDir + ": " + e.getMessage());
            }
            nginxDir = null;
        }
    }

    private synchronized void cleanUp() {
        try {
            stopNginx();
            if (b != null) {
                b.close();
            }
            if (a != null) {
                a.close();
            }
        } catch (Exception e) {
            System.err.println("clean-up: " + e.getMessage());
        }
        if (pg != null) {
            pg.close();
            pg = null;
        }
    }

    private void tally(List<Load.Call> calls, Load.Verdict verdict) {
        Map<String, Integer> classes = new TreeMap<>();
        calls.forEach(c -> classes.merge(c.status() == 0 ? "no response" : (c.status() / 100) + "xx", 1, Integer::sum));
        count(calls.size(), classes);
        if (verdict != null) {
            totalAcknowledged += verdict.acknowledged;
            totalFound += verdict.found;
        }
    }

    private void count(int requests, Map<String, Integer> classes) {
        totalRequests += requests;
        classes.forEach((k, v) -> totalsByClass.merge(k, v, Integer::sum));
    }

    private static String byClass(List<Load.Call> calls) {
        Map<String, Integer> classes = new TreeMap<>();
        calls.forEach(c -> classes.merge(
                c.status() == 0 ? "no response" : c.status() >= 500 ? c.status() + "" : (c.status() / 100) + "xx",
                1,
                Integer::sum));
        return classes.toString();
    }

    private static int occurrences(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    private static void check(boolean ok, String figures) {
        if (!ok) {
            throw new AssertionError(figures);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void log(String line) {
        System.out.println("[robustness " + Instant.now() + "] " + line);
    }
}
