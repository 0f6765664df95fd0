package org.pilotboard.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Many clients doing read-modify-write cycles with If-Match on the same few tasks: read the task
 * (ETag, progress, planned end), then either post a status update with progress + 1 or move the
 * planned end one day later, sending the ETag read. Afterwards each task's history must hold
 * exactly the acknowledged writes, in the order of their versions, each based on the state its
 * client read: no lost update, no two successes on one version.
 */
public final class LostUpdates {

    /** One acknowledged write: on which version it was based, which it made, and what it wrote. */
    record Success(
            long task,
            int base,
            int made,
            String kind,
            String marker,
            int readProgress,
            String readEnd,
            int wroteProgress,
            String wroteEnd) {}

    /** Totals and what went wrong. */
    public static final class Report {
        public int cycles;
        public int successes;
        public int conflicts;
        public final Map<String, Integer> errors = new ConcurrentHashMap<>();
        public final List<String> violations = new ArrayList<>();
        public double seconds;

        public String summary() {
            return String.format(
                    "lost updates: %d read-modify-write cycles in %.1f s: %d acknowledged, %d refused with 412, errors %s; "
                            + "history checked: %s",
                    cycles,
                    seconds,
                    successes,
                    conflicts,
                    errors,
                    violations.isEmpty()
                            ? "every acknowledged write present once, in version order, each on the version it read"
                            : violations.size() + " violations "
                                    + violations.subList(0, Math.min(5, violations.size())));
        }
    }

    private LostUpdates() {}

    /**
     * @param bases clients use these in turn (two instances: writes through one, reads through the other)
     */
    public static Report run(
            Http http, List<String> bases, String token, List<Long> tasks, int clients, int cyclesPerClient, long seed)
            throws Exception {
        Report report = new Report();
        Map<Long, Integer> initial = new HashMap<>();
        for (long task : tasks) {
            initial.put(
                    task,
                    http.get(bases.get(0) + "/api/v1/tasks/" + task, token)
                            .json()
                            .get("version")
                            .asInt());
        }
        List<Success> successes = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger conflicts = new AtomicInteger();
        AtomicInteger cycles = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            futures.add(pool.submit(() -> {
                Random rnd = new Random(seed + client);
                start.await();
                for (int i = 0; i < cyclesPerClient; i++) {
                    cycles.incrementAndGet();
                    long task = tasks.get(rnd.nextInt(tasks.size()));
                    String readBase = bases.get((client + i) % bases.size());
                    String writeBase = bases.get((client + i + 1) % bases.size());
                    Http.Reply read = http.get(readBase + "/api/v1/tasks/" + task, token);
                    if (read.status() != 200) {
                        report.errors.merge("read " + read.status(), 1, Integer::sum);
                        continue;
                    }
                    JsonNode t = read.json();
                    int version = t.get("version").asInt();
                    String etag = read.header("ETag").orElse("");
                    if (!etag.equals("\"" + version + "\"")) {
                        report.errors.merge("ETag " + etag + " for version " + version, 1, Integer::sum);
                    }
                    int progress = t.get("progress").asInt();
                    String end = t.get("plannedEnd").asText();
                    String marker = "c" + client + "-" + i;
                    boolean patch = rnd.nextInt(4) == 0;
                    Http.Reply write;
                    int newProgress = progress % 99 + 1;
                    String newEnd = LocalDate.parse(end).plusDays(1).toString();
                    if (patch) {
                        write = http.json(
                                "PATCH",
                                writeBase + "/api/v1/tasks/" + task,
                                token,
                                etag,
                                Map.of("plannedEnd", newEnd, "revisionReason", marker));
                    } else {
                        write = http.json(
                                "POST",
                                writeBase + "/api/v1/tasks/" + task + "/updates",
                                token,
                                etag,
                                Map.of("status", "in_progress", "progress", newProgress, "comment", marker));
                    }
                    if (write.ok()) {
                        int made = Integer.parseInt(
                                write.header("ETag").orElse("\"-1\"").replace("\"", ""));
                        successes.add(new Success(
                                task,
                                version,
                                made,
                                patch ? "revision" : "update",
                                marker,
                                progress,
                                end,
                                newProgress,
                                newEnd));
                    } else if (write.status() == 412) {
                        conflicts.incrementAndGet();
                    } else {
                        report.errors.merge(
                                (patch ? "PATCH " : "POST ") + write.statusClass() + " " + write, 1, Integer::sum);
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : futures) {
            f.get(10, TimeUnit.MINUTES);
        }
        pool.shutdown();
        report.seconds = (System.nanoTime() - t0) / 1e9;
        report.cycles = cycles.get();
        report.successes = successes.size();
        report.conflicts = conflicts.get();
        verify(http, bases.get(0), token, initial, successes, report);
        return report;
    }

    private static void verify(
            Http http, String base, String token, Map<Long, Integer> initial, List<Success> successes, Report report) {
        Set<String> bases = new HashSet<>();
        for (Success s : successes) {
            if (s.made() != s.base() + 1) {
                report.violations.add(s.marker() + " on task " + s.task() + " was based on version " + s.base()
                        + " but made " + s.made());
            }
            if (!bases.add(s.task() + "@" + s.base())) {
                report.violations.add(
                        "two acknowledged writes on task " + s.task() + " were based on version " + s.base());
            }
        }
        for (long task : initial.keySet()) {
            Map<Integer, Success> acknowledged = new HashMap<>();
            successes.stream().filter(s -> s.task() == task).forEach(s -> acknowledged.put(s.made(), s));
            JsonNode current = http.get(base + "/api/v1/tasks/" + task, token).json();
            // Versions from before the run are not counted.
            int first = initial.get(task) + 1;
            Map<Integer, JsonNode> history = new HashMap<>();
            for (JsonNode u :
                    http.get(base + "/api/v1/tasks/" + task + "/updates", token).json()) {
                history.put(u.get("taskVersion").asInt(), u);
            }
            for (JsonNode r : http.get(base + "/api/v1/tasks/" + task + "/revisions", token)
                    .json()) {
                if (history.put(r.get("taskVersion").asInt(), r) != null) {
                    report.violations.add(
                            "task " + task + " has two history entries for version " + r.get("taskVersion"));
                }
            }
            int version = current.get("version").asInt();
            long written = history.keySet().stream().filter(v -> v >= first).count();
            if (written != acknowledged.size()) {
                report.violations.add("task " + task + ": " + acknowledged.size() + " acknowledged writes but "
                        + written + " in the history");
            }
            if (version != first + acknowledged.size() - 1) {
                report.violations.add("task " + task + " is at version " + version + " after " + acknowledged.size()
                        + " acknowledged writes from version " + (first - 1));
            }
            for (int v = first; v <= version; v++) {
                Success s = acknowledged.get(v);
                JsonNode h = history.get(v);
                if (s == null || h == null) {
                    report.violations.add("task " + task + " version " + v + ": acknowledged " + (s != null)
                            + ", in history " + (h != null));
                    continue;
                }
                if (s.kind().equals("update")) {
                    if (!s.marker().equals(h.path("comment").asText())
                            || h.path("previousProgress").asInt() != s.readProgress()
                            || h.path("progress").asInt() != s.wroteProgress()) {
                        report.violations.add(
                                "task " + task + " version " + v + ": history " + h + " does not match " + s);
                    }
                } else if (!s.marker().equals(h.path("reason").asText())
                        || !h.path("previousPlannedEnd").asText().equals(s.readEnd())
                        || !h.path("plannedEnd").asText().equals(s.wroteEnd())) {
                    report.violations.add(
                            "task " + task + " version " + v + ": revision " + h + " does not match " + s);
                }
            }
        }
    }
}
