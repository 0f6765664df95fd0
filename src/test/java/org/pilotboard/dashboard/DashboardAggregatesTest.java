package org.pilotboard.dashboard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pilotboard.Api.json;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.pilotboard.Api;

/**
 * The summary's counts come from aggregates maintained with the writes (V6) and from a short cache:
 * after every kind of write they must equal a recount of the tasks, and a write made elsewhere (another
 * instance, an import in SQL) must show once the cached summary is past its maximum age (0.75 s).
 */
@QuarkusTest
class DashboardAggregatesTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Inject
    EntityManager em;

    /** Counts per group key, as the summary shows them: tasks, byStatus, overdue, stale, progress. */
    private record Expected(
            Map<String, Map<String, Object>> byRegion,
            Map<String, Map<String, Object>> byRegionFactor,
            Map<String, Map<String, Object>> byMilestone,
            Map<String, Object> overall) {}

    /** A recount of every task, in SQL over the task table (what the summary computed before V6). */
    @SuppressWarnings("unchecked")
    private Expected recount() {
        LocalDate today = LocalDate.now(CHINA);
        Instant staleBefore = Instant.now().minus(90, ChronoUnit.DAYS);
        List<Object[]> rows = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("""
                SELECT r.code, i.factor_code, t.milestone_code, t.status, t.progress,
                       t.status <> 'completed' AND t.planned_end < :today,
                       t.status <> 'completed' AND t.last_verified_at < :staleBefore
                  FROM task t JOIN region r ON r.id = t.region_id JOIN measure m ON m.code = t.measure_code
                  JOIN plan_item i ON i.number = m.item_number""")
                        .setParameter("today", today)
                        .setParameter("staleBefore", staleBefore)
                        .getResultList());
        Map<String, long[]> region = new TreeMap<>();
        Map<String, long[]> regionFactor = new TreeMap<>();
        Map<String, long[]> milestone = new TreeMap<>();
        long[] overall = new long[9];
        for (Object[] r : rows) {
            for (long[] t : List.of(
                    region.computeIfAbsent((String) r[0], k -> new long[9]),
                    regionFactor.computeIfAbsent(r[0] + "/" + r[1], k -> new long[9]),
                    milestone.computeIfAbsent((String) r[2], k -> new long[9]),
                    overall)) {
                t[0]++;
                t[1] += ((Number) r[4]).longValue();
                t[2] += (Boolean) r[5] ? 1 : 0;
                t[3] += (Boolean) r[6] ? 1 : 0;
                t[
                        4
                                + List.of("not_started", "in_progress", "completed", "delayed", "suspended")
                                        .indexOf((String) r[3])]++;
            }
        }
        return new Expected(asCounts(region), asCounts(regionFactor), asCounts(milestone), counts(overall));
    }

    private static Map<String, Map<String, Object>> asCounts(Map<String, long[]> tallies) {
        Map<String, Map<String, Object>> out = new TreeMap<>();
        tallies.forEach((k, v) -> out.put(k, counts(v)));
        return out;
    }

    private static Map<String, Object> counts(long[] t) {
        Map<String, Object> byStatus = new TreeMap<>();
        List<String> statuses = List.of("not_started", "in_progress", "completed", "delayed", "suspended");
        for (int i = 0; i < statuses.size(); i++) {
            byStatus.put(statuses.get(i), t[4 + i]);
        }
        Map<String, Object> c = new TreeMap<>();
        c.put("tasks", t[0]);
        c.put("progress", t[0] == 0 ? 0.0 : Math.round(t[1] * 10.0 / t[0]) / 10.0);
        c.put("overdue", t[2]);
        c.put("stale", t[3]);
        c.put("byStatus", byStatus);
        return c;
    }

    /** The summary's counts in the shape of {@link Expected} (groups without tasks left out). */
    private static Expected shown(JsonPath s) {
        Map<String, Map<String, Object>> region = new TreeMap<>();
        for (Map<String, Object> r : s.<Map<String, Object>>getList("byRegion")) {
            Map<String, Object> c = normal(r.get("counts"));
            if (((Number) c.get("tasks")).longValue() > 0) {
                region.put((String) r.get("code"), c);
            }
        }
        Map<String, Map<String, Object>> regionFactor = new TreeMap<>();
        for (Map<String, Object> r : s.<Map<String, Object>>getList("byRegionFactor")) {
            regionFactor.put(r.get("regionCode") + "/" + r.get("factorCode"), normal(r.get("counts")));
        }
        Map<String, Map<String, Object>> milestone = new TreeMap<>();
        for (Map<String, Object> m : s.<Map<String, Object>>getList("byMilestone")) {
            Map<String, Object> c = normal(m.get("counts"));
            if (((Number) c.get("tasks")).longValue() > 0) {
                milestone.put((String) m.get("code"), c);
            }
        }
        return new Expected(region, regionFactor, milestone, normal(s.get("overall")));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> normal(Object counts) {
        Map<String, Object> c = new TreeMap<>();
        ((Map<String, Object>) counts).forEach((k, v) -> {
            if (v instanceof Map<?, ?> m) {
                c.put(k, normalStatus((Map<String, Object>) m));
            } else if (k.equals("progress")) {
                c.put(k, Math.round(((Number) v).doubleValue() * 10) / 10.0);
            } else {
                c.put(k, ((Number) v).longValue());
            }
        });
        return c;
    }

    private static Map<String, Object> normalStatus(Map<String, Object> m) {
        Map<String, Object> c = new TreeMap<>();
        m.forEach((k, v) -> c.put(k, ((Number) v).longValue()));
        return c;
    }

    private static JsonPath summary() {
        return given().get("/api/v1/dashboard/summary")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** The summary equals a recount of the tasks now: writes on this instance show at once. */
    private void summaryMatchesRecount() {
        assertEquals(recount(), shown(summary()));
    }

    private static void update(long task, Map<String, Object> body) {
        json().body(body).post("/api/v1/tasks/" + task + "/updates").then().statusCode(201);
    }

    @Test
    void summaryEqualsARecountAfterEveryKindOfWrite() {
        String region = Api.newRegion();
        long done = Api.newTask(region);
        Map<String, Object> labour = Api.taskBody(region);
        labour.put("measureCode", "10.2");
        long late = Api.newTask(labour);
        long aged = Api.newTask(region);
        long gone = Api.newTask(region);
        summaryMatchesRecount(); // writes on this instance show at once

        update(done, Map.of("status", "in_progress", "progress", 30, "comment", "开始"));
        update(done, Map.of("status", "completed", "evidence", List.of(Map.of("documentNumber", "测〔2026〕5号"))));
        update(late, Map.of("status", "delayed", "progress", 45, "comment", "滞后"));
        json().header("If-Match", "\"1\"")
                .body(Map.of(
                        "plannedEnd",
                        LocalDate.now(CHINA).minusDays(3).toString(),
                        "plannedStart",
                        "2025-10-01",
                        "revisionReason",
                        "提前"))
                .patch("/api/v1/tasks/" + late)
                .then()
                .statusCode(200);
        Api.asAdmin()
                .header("If-Match", "\"0\"")
                .delete("/api/v1/tasks/" + gone)
                .then()
                .statusCode(204);
        summaryMatchesRecount();
        JsonPath s = summary();
        assertEquals(
                1,
                s.getInt("byRegionFactor.find { it.regionCode == '" + region
                        + "' && it.factorCode == 'labour' }.counts.overdue"));
        assertEquals(
                1,
                s.getInt("byRegionFactor.find { it.regionCode == '" + region
                        + "' && it.factorCode == 'land' }.counts.byStatus.completed"));

        // A bulk update (as a test clock or an import does) and inserts in SQL, bypassing the service:
        // the aggregates follow them too, and the summary shows them once its cache is past its maximum age.
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "UPDATE task SET last_verified_at = now() - interval '120 days' WHERE id = :id")
                        .setParameter("id", aged)
                        .executeUpdate());
        QuarkusTransaction.requiringNew()
                .run(() ->
                        em.createNativeQuery("""
                INSERT INTO task (region_id, measure_code, milestone_code, title_zh, responsible_unit, baseline_start,
                                  baseline_end, planned_start, planned_end, status, progress, last_verified_at, created_at, updated_at)
                SELECT r.id, '5.2', '2025', '导入任务' || g, '导入单位', DATE '2025-10-01', DATE '2026-01-31', DATE '2025-10-01',
                       DATE '2026-01-31', (ARRAY['in_progress', 'delayed', 'not_started'])[1 + g % 3], 10 * g, now(), now(), now()
                  FROM region r, generate_series(1, 5) g WHERE r.code = :region""").setParameter("region", region).executeUpdate());
        // They show once the cached summary is past its maximum age (0.75 s); the bound only keeps a cache
        // that never refreshes from hanging the test.
        Awaitility.await("the summary catching up with writes made elsewhere")
                .pollInSameThread()
                .atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(50))
                .untilAsserted(() -> assertEquals(recount(), shown(summary())));
        assertEquals(1, summary().getInt("byRegion.find { it.code == '" + region + "' }.counts.stale"));
    }

    @Test
    void theMatrixAgreesWithTheTaskList() {
        String region = Api.newRegion();
        long a = Api.newTask(region);
        Map<String, Object> labour = Api.taskBody(region);
        labour.put("measureCode", "10.2");
        labour.put("plannedEnd", "2026-03-31");
        long b = Api.newTask(labour);
        Api.newTask(labour);
        update(a, Map.of("status", "in_progress", "progress", 60));
        update(b, Map.of("status", "suspended", "progress", 20, "comment", "暂停"));
        JsonPath s = summary();
        for (String factor : List.of("land", "labour")) {
            String cell = "byRegionFactor.find { it.regionCode == '" + region + "' && it.factorCode == '" + factor
                    + "' }.counts";
            assertEquals(total(Map.of("region", region, "factor", factor)), s.getLong(cell + ".tasks"));
            assertEquals(
                    total(Map.of("region", region, "factor", factor, "overdue", "true")), s.getLong(cell + ".overdue"));
            assertEquals(
                    total(Map.of("region", region, "factor", factor, "stale", "true")), s.getLong(cell + ".stale"));
            for (String status : List.of("not_started", "in_progress", "completed", "delayed", "suspended")) {
                assertEquals(
                        total(Map.of("region", region, "factor", factor, "status", status)),
                        s.getLong(cell + ".byStatus." + status));
            }
        }
        assertEquals(
                2,
                s.getLong("byRegionFactor.find { it.regionCode == '" + region
                        + "' && it.factorCode == 'labour' }.counts.overdue"));
    }

    @Test
    void listTotalsCountedFromTheTallyEqualACountOfTheTasks() {
        String one = Api.newRegion();
        String two = Api.newRegion();
        List<Long> ids = new ArrayList<>();
        for (String region : List.of(one, two)) {
            for (String measure : List.of("5.2", "10.2", "10.2")) {
                Map<String, Object> body = Api.taskBody(region);
                body.put("measureCode", measure);
                ids.add(Api.newTask(body));
            }
        }
        update(ids.get(0), Map.of("status", "in_progress", "progress", 10));
        update(ids.get(1), Map.of("status", "delayed", "progress", 20, "comment", "滞后"));
        update(ids.get(4), Map.of("status", "completed", "evidence", List.of(Map.of("documentNumber", "测〔2026〕6号"))));
        // A write in SQL, and deltas not folded yet (the list sums the tally and the deltas).
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("UPDATE task SET status = 'suspended' WHERE id = :id")
                        .setParameter("id", ids.get(5))
                        .executeUpdate());

        String regions = one + "," + two;
        List<Map<String, String>> filters = List.of(
                Map.of("region", one),
                Map.of("region", regions),
                Map.of("region", one, "status", "in_progress"),
                Map.of("region", regions, "status", "not_started,suspended"),
                Map.of("region", regions, "factor", "labour"),
                Map.of("region", two, "factor", "labour", "status", "completed"),
                Map.of("region", regions, "milestone", "2025"),
                Map.of("region", regions, "measure", "10.2"));
        for (Map<String, String> filter : filters) {
            StringBuilder sql = new StringBuilder("SELECT count(*) FROM task t JOIN region r ON r.id = t.region_id"
                    + " JOIN measure m ON m.code = t.measure_code JOIN plan_item i ON i.number = m.item_number"
                    + " WHERE r.code = ANY (string_to_array(:regions, ','))");
            filter.forEach((key, value) -> sql.append(
                    switch (key) {
                        case "status" -> " AND t.status = ANY (string_to_array(:status, ','))";
                        case "factor" -> " AND i.factor_code = :factor";
                        case "milestone" -> " AND t.milestone_code = :milestone";
                        case "measure" -> " AND t.measure_code = :measure";
                        default -> "";
                    }));
            var count = em.createNativeQuery(sql.toString()).setParameter("regions", filter.get("region"));
            filter.forEach((key, value) -> {
                if (!key.equals("region")) {
                    count.setParameter(key, value);
                }
            });
            long expected = ((Number) count.getSingleResult()).longValue();
            assertEquals(expected, total(filter), "totalItems for " + filter);
        }
        assertEquals(6, total(Map.of("region", regions)));
        assertEquals(2, total(Map.of("region", regions, "status", "in_progress,delayed")));
    }

    private static long total(Map<String, String> filter) {
        return given().queryParams(filter)
                .queryParam("size", 1)
                .get("/api/v1/tasks")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("totalItems");
    }

    @Test
    void aCatalogueCorrectionMovesTheCountsToTheNewFactor() {
        // An item of its own, kept among the factors that have items (other tests count those).
        json().body(Map.of("number", 88, "factorCode", "general", "titleZh", "测试条目", "titleEn", "Test item"))
                .post("/api/v1/items")
                .then()
                .statusCode(201);
        json().body(Map.of("itemNumber", 88, "kind", "action", "textZh", "测试措施。"))
                .post("/api/v1/measures")
                .then()
                .statusCode(201);
        String region = Api.newRegion();
        Map<String, Object> body = Api.taskBody(region);
        body.put("measureCode", "88.1");
        Api.newTask(body);
        Api.newTask(body);
        String cell = "byRegionFactor.find { it.regionCode == '" + region + "' && it.factorCode == '%s' }";
        assertEquals(2, summary().getInt(String.format(cell, "general") + ".counts.tasks"));
        try {
            json().body(Map.of("number", 88, "factorCode", "labour", "titleZh", "测试条目", "titleEn", "Test item"))
                    .put("/api/v1/items/88")
                    .then()
                    .statusCode(200);
            JsonPath s = summary();
            assertEquals(2, s.getInt(String.format(cell, "labour") + ".counts.tasks"));
            assertNull(s.get(String.format(cell, "general")));
            summaryMatchesRecount();
        } finally {
            json().body(Map.of("number", 88, "factorCode", "general", "titleZh", "测试条目", "titleEn", "Test item"))
                    .put("/api/v1/items/88")
                    .then()
                    .statusCode(200);
        }
        assertEquals(2, summary().getInt(String.format(cell, "general") + ".counts.tasks"));
        summaryMatchesRecount();
    }

    @Test
    void overdueAndStaleStayRightWhenTheDayAndTheClockMove() {
        String region = Api.newRegion();
        Map<String, Object> body = Api.taskBody(region);
        body.put("plannedStart", "2025-01-01");
        body.put("plannedEnd", LocalDate.now(CHINA).minusDays(10).toString());
        long due = Api.newTask(body);
        update(due, Map.of("status", "in_progress", "progress", 10));
        // The tally's clock as if the aggregates were last maintained 40 days ago, then as if ahead of today.
        for (String shift : List.of("- 40", "+ 40")) {
            QuarkusTransaction.requiringNew()
                    .run(() -> em.createNativeQuery("UPDATE task_tally_clock SET due_before = due_before " + shift
                                    + ", verified_before = verified_before "
                                    + shift.replace("40", "interval '40 days'"))
                            .executeUpdate());
            QuarkusTransaction.requiringNew()
                    .run(() ->
                            em.createNativeQuery("SELECT task_tally_rebuild()").getSingleResult());
            Api.newTask(region); // a local write: the next summary is computed afresh
            summaryMatchesRecount();
        }
        Object[] clock = QuarkusTransaction.requiringNew()
                .call(() -> (Object[]) em.createNativeQuery("SELECT due_before, verified_before FROM task_tally_clock")
                        .getSingleResult());
        assertEquals(LocalDate.now(CHINA).toString(), clock[0].toString(), "the summary moved the clock on");
        assertEquals(1, summary().getInt("byRegion.find { it.code == '" + region + "' }.counts.overdue"));
    }

    @Test
    void concurrentStatusUpdatesKeepTheCountsRight() throws Exception {
        String region = Api.newRegion();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ids.add(Api.newTask(region));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Response>> results = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                long id = ids.get(i % ids.size());
                Map<String, Object> write = i % 5 == 4
                        ? Map.of("status", "delayed", "progress", i, "comment", "并发")
                        : Map.of("status", "in_progress", "progress", i + 1);
                Callable<Response> call = () -> json().body(write).post("/api/v1/tasks/" + id + "/updates");
                results.add(pool.submit(call));
            }
            for (Future<Response> f : results) {
                assertEquals(201, f.get(60, TimeUnit.SECONDS).statusCode());
            }
        } finally {
            pool.shutdownNow();
        }
        summaryMatchesRecount();
        // Recounting from scratch gives the same.
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("SELECT task_tally_rebuild()").getSingleResult());
        Api.newTask(region);
        summaryMatchesRecount();
    }

    @Test
    void theSummaryHasAnEtagAndAnswers304WhileUnchanged() {
        Response first = given().get("/api/v1/dashboard/summary");
        String etag = first.header("ETag");
        assertNotNull(etag);
        assertEquals(first.asString(), given().get("/api/v1/dashboard/summary").asString());
        given().header("If-None-Match", etag)
                .get("/api/v1/dashboard/summary")
                .then()
                .statusCode(304)
                .header("ETag", etag);
        given().header("If-None-Match", "\"other\", W/" + etag)
                .get("/api/v1/dashboard/summary")
                .then()
                .statusCode(304);
        // Served from the cache on the event loop or through the REST resource: the same document and headers,
        // and a token is still checked.
        Response signedIn = Api.asAdmin().get("/api/v1/dashboard/summary");
        assertEquals(first.asString(), signedIn.asString());
        assertEquals(etag, signedIn.header("ETag"));
        for (Response r : List.of(first, signedIn)) {
            assertEquals("nosniff", r.header("X-Content-Type-Options"));
            assertEquals("DENY", r.header("X-Frame-Options"));
            assertTrue(r.contentType().startsWith("application/json"));
        }
        given().header("Authorization", "Bearer pbt_not-a-token")
                .get("/api/v1/dashboard/summary")
                .then()
                .statusCode(401);
        given().accept("application/xml")
                .get("/api/v1/dashboard/summary")
                .then()
                .statusCode(406);
        Api.problem(
                given().queryParam("asOf", "yesterday")
                        .get("/api/v1/dashboard/summary")
                        .then(),
                400);
        Api.newTask(Api.newRegion());
        given().header("If-None-Match", etag)
                .get("/api/v1/dashboard/summary")
                .then()
                .statusCode(200);
        given().queryParam("asOf", LocalDate.now(CHINA).minusDays(1).toString())
                .get("/api/v1/dashboard/summary")
                .then()
                .statusCode(200)
                .header("ETag", nullValue());
    }
}
