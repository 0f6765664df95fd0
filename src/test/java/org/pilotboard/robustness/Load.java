package org.pilotboard.robustness;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A steady mix of reads and writes, paced per thread, every call recorded. Writes carry a unique
 * marker (a status update's comment, a new task's title), so that afterwards the database can be
 * asked which of them are there: every acknowledged one must be, and every other one either
 * completely or not at all.
 */
public final class Load {

    /** One call: what, when (ms since the epoch), how long, and the answer. */
    public record Call(
            String kind,
            String marker,
            long task,
            long at,
            double millis,
            int status,
            String contentType,
            boolean retryAfter,
            long version,
            String error) {
        public boolean write() {
            return kind.equals("update") || kind.equals("create");
        }
    }

    private final Http http;
    private final List<String> bases;
    private final String token;
    private final List<Long> tasks;
    private final String region;
    private final String runId;
    private final ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicLong seq = new AtomicLong();
    private final List<Thread> threads = new ArrayList<>();

    public Load(Http http, List<String> bases, String token, List<Long> tasks, String region, String runId) {
        this.http = http;
        this.bases = bases;
        this.token = token;
        this.tasks = tasks;
        this.region = region;
        this.runId = runId;
    }

    /**
     * @param rate calls per second per thread (0: as fast as possible)
     * @param createShare the share of writes that create a task instead of posting a status update
     */
    public Load start(int writers, int readers, double rate, double createShare) {
        running.set(true);
        for (int i = 0; i < writers + readers; i++) {
            boolean writer = i < writers;
            int index = i;
            Thread t = new Thread(() -> loop(index, writer, rate, createShare), "load-" + (writer ? "w" : "r") + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        return this;
    }

    public void stop() throws InterruptedException {
        running.set(false);
        for (Thread t : threads) {
            t.join(TimeUnit.SECONDS.toMillis(60));
        }
        threads.clear();
    }

    public List<Call> calls() {
        return new ArrayList<>(calls);
    }

    private void loop(int index, boolean writer, double rate, double createShare) {
        Random rnd = new Random(runId.hashCode() * 31L + index);
        String base = bases.get(index % bases.size());
        long period = rate > 0 ? (long) (1e9 / rate) : 0;
        long due = System.nanoTime();
        while (running.get()) {
            if (rate > 0) {
                long now = System.nanoTime();
                if (due > now) {
                    try {
                        TimeUnit.NANOSECONDS.sleep(due - now);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                // A call that took long does not make the next ones bunch up to catch up.
                due = Math.max(due + period, System.nanoTime());
            }
            long at = System.currentTimeMillis();
            long task = tasks.get(rnd.nextInt(tasks.size()));
            if (writer) {
                String marker = runId + "-" + seq.incrementAndGet();
                if (rnd.nextDouble() < createShare) {
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("regionCode", region);
                    body.put("measureCode", "5.2");
                    body.put("milestoneCode", "2025");
                    body.put("titleZh", marker);
                    body.put("responsibleUnit", "负载测试");
                    body.put("plannedStart", "2025-10-01");
                    body.put("plannedEnd", "2027-06-30");
                    Http.Reply r = http.json("POST", base + "/api/v1/tasks", token, null, body);
                    record(
                            "create",
                            marker,
                            0,
                            at,
                            r,
                            r.status() == 201 ? r.json().path("id").asLong() : -1);
                } else {
                    Http.Reply r = http.json(
                            "POST",
                            base + "/api/v1/tasks/" + task + "/updates",
                            token,
                            null,
                            Map.of("status", "in_progress", "progress", 1 + rnd.nextInt(99), "comment", marker));
                    record(
                            "update",
                            marker,
                            task,
                            at,
                            r,
                            r.status() == 201 ? r.json().path("taskVersion").asLong() : -1);
                }
            } else {
                String path = switch (rnd.nextInt(6)) {
                    case 0 -> "/api/v1/tasks/" + task;
                    case 1 -> "/api/v1/tasks?region=" + region + "&size=50&sort=-updatedAt";
                    case 2 -> "/api/v1/dashboard/summary";
                    case 3 -> "/api/v1/tasks/" + task + "/updates";
                    case 4 -> "/api/v1/tasks?status=in_progress,delayed&size=20";
                    default -> "/api/v1/regions/" + region;
                };
                Http.Reply r = http.get(base + path, rnd.nextBoolean() ? token : null);
                record("read", null, task, at, r, -1);
            }
        }
    }

    private void record(String kind, String marker, long task, long at, Http.Reply r, long version) {
        calls.add(new Call(
                kind,
                marker,
                task,
                at,
                r.millis(),
                r.status(),
                r.contentType(),
                r.header("Retry-After").isPresent(),
                version,
                r.error()));
    }

    // ---- what the database holds afterwards ------------------------------------------------------

    /** Acknowledged writes against the database. */
    public static final class Verdict {
        public int acknowledged;
        public int found;
        public int refused;
        public int unanswered;
        public int unansweredApplied;
        public final List<String> violations = new ArrayList<>();

        public String summary() {
            return String.format(
                    "writes acknowledged %d, found %d; refused or unanswered %d, of which applied completely %d; %s",
                    acknowledged,
                    found,
                    unanswered + refused,
                    unansweredApplied,
                    violations.isEmpty()
                            ? "none lost, none half-applied"
                            : violations.size() + " violations "
                                    + violations.subList(0, Math.min(5, violations.size())));
        }
    }

    /** Checks every write of the calls (markers starting with runId) against the database. */
    public static Verdict verify(Connection db, String runId, List<Call> calls) throws SQLException {
        Verdict v = new Verdict();
        String like = runId + "-%";
        Map<String, List<long[]>> updates = new HashMap<>(); // marker -> [task, version]
        try (PreparedStatement s =
                db.prepareStatement("SELECT comment, task_id, task_version FROM status_update WHERE comment LIKE ?")) {
            s.setString(1, like);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    updates.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new long[] {rs.getLong(2), rs.getLong(3)});
                }
            }
        }
        Map<String, Integer> updateAudits = new HashMap<>();
        try (PreparedStatement s = db.prepareStatement(
                "SELECT after->>'comment' FROM audit_event WHERE action = 'task.status_update' AND after->>'comment' LIKE ?")) {
            s.setString(1, like);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    updateAudits.merge(rs.getString(1), 1, Integer::sum);
                }
            }
        }
        Map<String, List<Long>> created = new HashMap<>();
        try (PreparedStatement s = db.prepareStatement("SELECT title_zh, id FROM task WHERE title_zh LIKE ?")) {
            s.setString(1, like);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    created.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(rs.getLong(2));
                }
            }
        }
        Set<String> createAudits = new HashSet<>();
        try (PreparedStatement s = db.prepareStatement(
                "SELECT after->>'titleZh' FROM audit_event WHERE action = 'task.create' AND after->>'titleZh' LIKE ?")) {
            s.setString(1, like);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    createAudits.add(rs.getString(1));
                }
            }
        }
        Map<Long, Long> taskVersions = new HashMap<>();
        Set<Long> ids = new HashSet<>();
        updates.values().forEach(list -> list.forEach(row -> ids.add(row[0])));
        try (PreparedStatement s = db.prepareStatement("SELECT id, version FROM task WHERE id = ANY (?)")) {
            Array array = db.createArrayOf("bigint", ids.toArray());
            s.setArray(1, array);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    taskVersions.put(rs.getLong(1), rs.getLong(2));
                }
            }
        }

        Set<String> seen = new HashSet<>();
        for (Call c : calls) {
            if (!c.write()) {
                continue;
            }
            seen.add(c.marker());
            boolean update = c.kind().equals("update");
            List<long[]> rows = update ? updates.getOrDefault(c.marker(), List.of()) : null;
            List<Long> tasksCreated = update ? null : created.getOrDefault(c.marker(), List.of());
            int present = update ? rows.size() : tasksCreated.size();
            boolean audited =
                    update ? updateAudits.getOrDefault(c.marker(), 0) == 1 : createAudits.contains(c.marker());
            boolean auditedAtAll = update ? updateAudits.containsKey(c.marker()) : createAudits.contains(c.marker());
            if (present > 1) {
                v.violations.add(c.marker() + " is in the database " + present + " times");
            }
            if (present == 1 && !audited || present == 0 && auditedAtAll) {
                v.violations.add(c.marker() + " is half-applied: " + present + " row(s), audit record " + auditedAtAll);
            }
            if (present == 1 && update) {
                long[] row = rows.get(0);
                Long taskVersion = taskVersions.get(row[0]);
                if (taskVersion == null || taskVersion < row[1]) {
                    v.violations.add(c.marker() + " is recorded at version " + row[1] + " of task " + row[0]
                            + ", which is at " + taskVersion);
                }
            }
            if (c.status() >= 200 && c.status() < 300) {
                v.acknowledged++;
                if (present == 1) {
                    v.found++;
                    long actual = update ? rows.get(0)[1] : tasksCreated.get(0);
                    if (actual != c.version()) {
                        v.violations.add(
                                c.marker() + " was acknowledged as " + c.version() + " but is stored as " + actual);
                    }
                } else if (present == 0) {
                    v.violations.add("LOST: " + c.marker() + " was acknowledged (" + c.status()
                            + ") but is not in the database");
                }
            } else if (c.status() >= 400 && c.status() < 500) {
                v.refused++;
                if (present > 0) {
                    v.violations.add(c.marker() + " was refused (" + c.status() + ") but is in the database");
                }
            } else {
                v.unanswered++;
                if (present == 1 && audited) {
                    v.unansweredApplied++;
                }
            }
        }
        for (String marker : updates.keySet()) {
            if (!seen.contains(marker)) {
                v.violations.add(marker + " is in the database but was never sent");
            }
        }
        return v;
    }
}
