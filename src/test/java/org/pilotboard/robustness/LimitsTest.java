package org.pilotboard.robustness;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pilotboard.Api.json;
import static org.pilotboard.Api.problem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.pilotboard.Api;
import org.pilotboard.db.StartupChecks;

/** Bounds: body size, page size, query time; text the database cannot store; readiness gated by data checks. */
@QuarkusTest
@TestProfile(RobustnessProfile.class)
class LimitsTest {

    @TestHTTPResource("/")
    URL app;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Flyway flyway;

    @Test
    void pageSizesAndPagesAreBounded() {
        for (String query :
                new String[] {"size=201", "size=0", "size=-1", "page=-1", "page=1000001", "size=99999999999", "page=1e3"
                }) {
            problem(given().get("/api/v1/tasks?" + query).then(), 400).body("violations[0].in", equalTo("query"));
            problem(Api.asAdmin().get("/api/v1/audit?" + query).then(), 400);
            problem(Api.asAdmin().get("/api/v1/users?" + query).then(), 400);
        }
        problem(given().get("/api/v1/dashboard/timeline?limit=100000").then(), 400);
        given().get("/api/v1/tasks?size=200").then().statusCode(200).body("size", equalTo(200));
    }

    @Test
    void bodiesOverTheLimitGet413ProblemsAlsoWhenChunked() {
        long task = Api.newTask(Api.newRegion());
        String token = new Http(Duration.ofSeconds(10)).login(base(), Api.ADMIN, Api.ADMIN_PASSWORD);
        FuzzRun.Report report = new FuzzRun.Report();
        FuzzRun.rawCases(app.getHost(), app.getPort(), task, token, report);
        assertTrue(report.findings.isEmpty(), report.summary());
        assertEquals(Map.of(413, 1), report.statusesByOperation.get("RAW chunked body over the limit"));
        assertEquals(Map.of(413, 1), report.statusesByOperation.get("RAW declared Content-Length over the limit"));
        assertEquals(Map.of(400, 1), report.statusesByOperation.get("RAW chunked small invalid body"));
        assertEquals(
                0,
                given().get("/api/v1/tasks/" + task + "/updates")
                        .jsonPath()
                        .getList("$")
                        .size(),
                "nothing was written");
    }

    @Test
    void aQueryStuckLongerThanTheStatementTimeoutIsA503Problem() throws Exception {
        long task = Api.newTask(Api.newRegion());
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SHOW statement_timeout")) {
                rs.next();
                assertEquals("5s", rs.getString(1), "every pooled connection has the statement timeout");
            }
            // Another session holds the task's row lock: the write waits on it until the timeout stops it.
            c.setAutoCommit(false);
            s.execute("SELECT id FROM task WHERE id = " + task + " FOR UPDATE");
            problem(
                            json().header("If-Match", "\"0\"")
                                    .body(Map.of("status", "in_progress", "progress", 5))
                                    .post("/api/v1/tasks/" + task + "/updates")
                                    .then(),
                            503)
                    .header("Retry-After", equalTo("10"))
                    .body("type", equalTo("urn:pilotboard:problem:query-timeout"));
            // The answer came while the lock is still held: the timeout ended the write, and it left no
            // statement behind still waiting for the lock.
            try (ResultSet rs =
                    s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                            + " AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()")) {
                rs.next();
                assertEquals(0, rs.getInt(1), "no statement still waits for the lock");
            }
            c.rollback();
        }
        assertEquals(
                0,
                given().get("/api/v1/tasks/" + task + "/updates")
                        .jsonPath()
                        .getList("$")
                        .size(),
                "the stopped write wrote nothing");
        json().header("If-Match", "\"0\"")
                .body(Map.of("status", "in_progress", "progress", 5))
                .post("/api/v1/tasks/" + task + "/updates")
                .then()
                .statusCode(201);
    }

    @Test
    void textThePostgresCannotStoreIsRefused() {
        long task = Api.newTask(Api.newRegion());
        problem(given().urlEncodingEnabled(false).get("/api/v1/tasks?q=a%00b").then(), 400)
                .body("violations[0].field", equalTo("q"));
        problem(given().urlEncodingEnabled(false).get("/api/v1/regions/x%00y").then(), 400)
                .body("violations[0].in", equalTo("path"));
        problem(
                        json().body("{\"status\":\"in_progress\",\"progress\":5,\"comment\":\"a\\u0000b\"}")
                                .post("/api/v1/tasks/" + task + "/updates")
                                .then(),
                        400)
                .body("violations[0].field", equalTo("comment"));
        problem(
                        json().body(
                                        "{\"status\":\"in_progress\",\"progress\":5,\"comment\":\"lone \\ud800 surrogate\"}")
                                .post("/api/v1/tasks/" + task + "/updates")
                                .then(),
                        400)
                .body("violations[0].field", equalTo("comment"));
        problem(
                        json().header("If-Match", "\"0\"")
                                .contentType("application/merge-patch+json")
                                .body("{\"titleZh\":\"\\u0000\"}")
                                .patch("/api/v1/tasks/" + task)
                                .then(),
                        400)
                .body("violations[0].field", equalTo("titleZh"));
        problem(
                given().contentType("application/json")
                        .body("{\"username\":\"x\\u0000\",\"password\":\"whatever-long-enough\"}")
                        .post("/api/v1/auth/login")
                        .then(),
                400);
        json().body("{\"status\":\"in_progress\",\"progress\":5,\"comment\":\"emoji 😀 and 𠜎 are fine\"}")
                .post("/api/v1/tasks/" + task + "/updates")
                .then()
                .statusCode(201)
                .body("comment", equalTo("emoji 😀 and 𠜎 are fine"));
        given().get("/api/v1/tasks/" + task + "/updates").then().body("comment", hasItem("emoji 😀 and 𠜎 are fine"));
    }

    /** Each of these was a 500, a hang or an answer without a problem body until the fuzzer found it. */
    @Test
    void whatTheFuzzerFoundStaysFixed() {
        long task = Api.newTask(Api.newRegion());
        problem(
                        json().body("{\"status\":\"in_progress\",\"status\":\"delayed\"}")
                                .post("/api/v1/tasks/" + task + "/updates")
                                .then(),
                        400)
                .body("type", equalTo("urn:pilotboard:problem:malformed-json"));
        problem(given().urlEncodingEnabled(false).get("/api/v1/tasks/FUZZ%25").then(), 400);
        problem(
                Api.asAdmin()
                        .urlEncodingEnabled(false)
                        .contentType("application/json")
                        .body("{}")
                        .put("/api/v1/items/%20")
                        .then(),
                400);
        problem(given().header("Content-Type", ";").get("/api/v1/tasks").then(), 400);
        problem(
                given().header("If-Match", "\"999\"")
                        .get("/api/v1/tasks/" + task)
                        .then(),
                412);
        problem(
                given().urlEncodingEnabled(false)
                        .get("/api/v1/tasks/" + task + "/updates?asOf=%2B999999999-12-31")
                        .then(),
                400);
        String deep = "{\"titleZh\":" + "[".repeat(1200) + "]".repeat(1200) + "}";
        problem(
                        json().header("If-Match", "\"0\"")
                                .body(deep)
                                .patch("/api/v1/tasks/" + task)
                                .then(),
                        400)
                .body("detail", not(containsString("StreamReadConstraints")));
        given().header("X-Forwarded-For", "").get("/api/v1/plan").then().statusCode(200);
    }

    @Test
    void behindALocalProxyTheClientAddressIsTheForwardedOne() {
        String user = "nobody-" + System.nanoTime();
        given().contentType("application/json")
                .header("X-Forwarded-For", "203.0.113.7")
                .body(Map.of("username", user, "password", "not-the-password-at-all"))
                .post("/api/v1/auth/login")
                .then()
                .statusCode(401);
        Api.asAdmin()
                .get("/api/v1/audit?action=auth.login_failed&entityId=" + user)
                .then()
                .statusCode(200)
                .body("items[0].address", equalTo("203.0.113.7"));
        // What is not an address is ignored (and does not break the request).
        for (String forwarded : new String[] {"not-an-address", "203.0.113.7, ", "[::1]:80", "1.2.3.4.5"}) {
            String other = "nobody-" + System.nanoTime();
            given().contentType("application/json")
                    .header("X-Forwarded-For", forwarded)
                    .body(Map.of("username", other, "password", "not-the-password-at-all"))
                    .post("/api/v1/auth/login")
                    .then()
                    .statusCode(401);
            Api.asAdmin()
                    .get("/api/v1/audit?action=auth.login_failed&entityId=" + other)
                    .then()
                    .statusCode(200)
                    .body("items[0].address", equalTo("127.0.0.1"));
        }
    }

    @Test
    void readinessWaitsForTheDataChecks() throws Exception {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("checks.find { it.name == 'Pilotboard start-up and data checks' }.status", equalTo("UP"))
                .body(
                        "checks.find { it.name == 'Pilotboard start-up and data checks' }.data.pendingMigrations",
                        equalTo(0));

        StartupChecks checks = new StartupChecks(dataSource, flyway);
        assertEquals(HealthCheckResponse.Status.DOWN, checks.call().getStatus(), "down until the checks have run");
        assertTrue(checks.run());
        assertEquals(HealthCheckResponse.Status.UP, checks.call().getStatus());

        // A history entry beyond its task's version (as a lost or half-applied write would leave) keeps readiness down.
        long task = Api.newTask(Api.newRegion());
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute(
                    "INSERT INTO status_update (task_id, task_version, previous_status, previous_progress, status, progress, "
                            + "evidence, author, recorded_at, demo) VALUES (" + task
                            + ", 7, 'not_started', 0, 'in_progress', 5, '[]', 'test', now(), false)");
            try {
                assertFalse(checks.run());
                HealthCheckResponse down = checks.call();
                assertEquals(HealthCheckResponse.Status.DOWN, down.getStatus());
                assertEquals(1L, down.getData().orElseThrow().get("updatesBeyondTaskVersion"));
            } finally {
                s.execute("DELETE FROM status_update WHERE task_id = " + task);
            }
        }
        assertTrue(checks.run());
        assertNull(checks.call().getData().orElseThrow().get("failures"));
    }

    @Test
    void aBurstThatTakesEveryConnectionIsAnsweredBusyNotAnError() throws Exception {
        long task = Api.newTask(Api.newRegion());
        int size = dataSource.getConfiguration().connectionPoolConfiguration().maxSize();
        java.util.List<Connection> taken = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < size; i++) {
                taken.add(dataSource.getConnection());
            }
            problem(given().get("/api/v1/tasks/" + task).then(), 503)
                    .header("Retry-After", "1")
                    .body("type", equalTo("urn:pilotboard:problem:busy"));
        } finally {
            for (Connection c : taken) {
                c.close();
            }
        }
        given().get("/api/v1/tasks/" + task).then().statusCode(200);
    }

    @Test
    void aRequestNeedsOneConnectionAtATime() throws Exception {
        // A check before a write must not keep a connection while the write takes another: with one left
        // free, such a request would wait for itself until the acquisition timeout (a 503). Likewise a
        // page of tasks reads its total and its rows over one connection.
        String region = Api.newRegion();
        long task = Api.newTask(region);
        String emptyRegion = Api.newRegion();
        String regionTag = given().get("/api/v1/regions/" + emptyRegion)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        int size = dataSource.getConfiguration().connectionPoolConfiguration().maxSize();
        java.util.List<Connection> taken = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < size - 1; i++) {
                taken.add(dataSource.getConnection());
            }
            json().header("If-Match", "\"0\"")
                    .body(Map.of("responsibleUnit", "一个连接"))
                    .patch("/api/v1/tasks/" + task)
                    .then()
                    .statusCode(200);
            Api.asAdmin()
                    .header("If-Match", regionTag)
                    .delete("/api/v1/regions/" + emptyRegion)
                    .then()
                    .statusCode(204);
            given().queryParam("region", region)
                    .queryParam("status", "not_started")
                    .get("/api/v1/tasks")
                    .then()
                    .statusCode(200)
                    .body("totalItems", equalTo(1))
                    .body("items[0].id", equalTo((int) task));
            given().queryParam("region", region)
                    .queryParam("q", "测试任务")
                    .get("/api/v1/tasks") // counted from the tasks
                    .then()
                    .statusCode(200)
                    .body("totalItems", equalTo(1));
        } finally {
            for (Connection c : taken) {
                c.close();
            }
        }
    }

    @Test
    void olderHistoryIsCheckedByTheBackgroundSweep() throws Exception {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body(
                        "checks.find { it.name == 'Pilotboard start-up and data checks' }.data.historySweep",
                        startsWith("passed in"));

        // The start-up check reads only the newest entry here; the bad one is older than that.
        StartupChecks checks = new StartupChecks(dataSource, flyway, 1);
        long broken = Api.newTask(Api.newRegion());
        long fine = Api.newTask(Api.newRegion());
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute(
                    "INSERT INTO status_update (task_id, task_version, previous_status, previous_progress, status, progress, "
                            + "evidence, author, recorded_at, demo) VALUES (" + broken
                            + ", 7, 'not_started', 0, 'in_progress', 5, '[]', 'test', now(), false)");
            try {
                json().body(Map.of("status", "in_progress", "progress", 10))
                        .post("/api/v1/tasks/" + fine + "/updates")
                        .then()
                        .statusCode(201);
                assertTrue(checks.run(), "the newest entry is consistent");
                assertEquals(HealthCheckResponse.Status.UP, checks.call().getStatus());

                assertFalse(checks.sweep());
                HealthCheckResponse down = checks.call();
                assertEquals(HealthCheckResponse.Status.DOWN, down.getStatus());
                assertEquals("FAILED", down.getData().orElseThrow().get("historySweep"));
                assertEquals(
                        "updatesBeyondTaskVersion: 1 (whole history)",
                        down.getData().orElseThrow().get("historySweepFailures"));
            } finally {
                s.execute("DELETE FROM status_update WHERE task_id = " + broken);
            }
        }
        assertTrue(checks.sweep());
        assertEquals(HealthCheckResponse.Status.UP, checks.call().getStatus());
    }

    private String base() {
        return app.toString().replaceAll("/$", "");
    }
}
