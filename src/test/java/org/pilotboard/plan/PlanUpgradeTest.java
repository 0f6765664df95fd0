package org.pilotboard.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * An installation made by the last release with plan dataset version 1 (the fixture
 * src/test/resources/upgrade/pilotboard-v1.sql, made by src/build/make-upgrade-fixture.sh: the demo data's
 * tasks with their history, an admin's correction of measure 5.2 and an admin's edit of a region)
 * starts with this release. Its catalogue becomes the whole plan in place; its tasks, history,
 * revisions and audit trail stay exactly as they were; the admin's corrections are kept.
 */
@QuarkusTest
@TestProfile(PlanUpgradeTest.VersionOneDatabase.class)
class PlanUpgradeTest {

    /** What the version-1 database held before the app started, per check, as "rows:md5". */
    private static final Map<String, String> CHECKS = Map.of(
            "tasks",
                    "SELECT id, region_id, measure_code, milestone_code, title_zh, baseline_start, baseline_end, planned_start,"
                            + " planned_end, actual_start, actual_end, status, progress, last_verified_at, version, updated_at"
                            + " FROM task WHERE id <= %d",
            "history", "SELECT * FROM status_update WHERE task_id <= %d",
            "revisions", "SELECT * FROM task_revision WHERE task_id <= %d",
            "audit", "SELECT * FROM audit_event WHERE id <= %d",
            "measures1to12", "SELECT * FROM measure WHERE item_number <= 12",
            "items1to12",
                    "SELECT number, numeral_zh, factor_code, title_zh, title_en, source FROM plan_item WHERE number <= 12");

    private static String url() {
        return org.pilotboard.TestDatabase.url("_upgrade");
    }

    public static class VersionOneDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.jdbc.url",
                    url(),
                    "quarkus.flyway.clean-at-start",
                    "false",
                    "pilotboard.demo-data",
                    "true");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(Restore.class));
        }
    }

    /** Restores the fixture into a new database before the app starts, and notes what it holds. */
    public static class Restore implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            String url = url();
            String name = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
            try (Connection admin =
                            DriverManager.getConnection(url.replace("/" + name, "/postgres"), "postgres", null);
                    Statement s = admin.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                s.execute("CREATE DATABASE " + name);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot make the upgrade test's database " + name, e);
            }
            psql(name, fixture());
            Map<String, String> before = new HashMap<>();
            try (Connection c = DriverManager.getConnection(url, "postgres", null)) {
                long lastTask = single(c, "SELECT max(id) FROM task");
                long lastAudit = single(c, "SELECT max(id) FROM audit_event");
                before.put("upgrade-test.last-task", Long.toString(lastTask));
                before.put("upgrade-test.last-audit", Long.toString(lastAudit));
                for (var check : CHECKS.entrySet()) {
                    before.put("upgrade-test." + check.getKey(), fingerprint(c, check.getValue(), lastTask, lastAudit));
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return before;
        }

        @Override
        public void stop() {
            // The database stays for a look after a failure; the next run makes it anew.
        }

        private static File fixture() {
            try (InputStream in =
                    PlanUpgradeTest.class.getClassLoader().getResourceAsStream("upgrade/pilotboard-v1.sql")) {
                if (in == null) {
                    throw new IllegalStateException("upgrade/pilotboard-v1.sql is missing from the test resources");
                }
                Path copy = Files.createTempFile("pilotboard-v1", ".sql");
                Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
                copy.toFile().deleteOnExit();
                return copy.toFile();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        private static void psql(String database, File script) {
            try {
                Process p = new ProcessBuilder(
                                "psql",
                                "-h",
                                "127.0.0.1",
                                "-U",
                                "postgres",
                                "-q",
                                "-v",
                                "ON_ERROR_STOP=1",
                                "-d",
                                database,
                                "-f",
                                script.getPath())
                        .redirectErrorStream(true)
                        .start();
                String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                    throw new IllegalStateException("restoring the version-1 fixture failed: " + output);
                }
            } catch (IOException e) {
                throw new IllegalStateException("psql (PostgreSQL's client) is needed to restore the fixture", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void theWholePlanArrivesInPlace() {
        given().get("/api/v1/plan")
                .then()
                .statusCode(200)
                .body("datasetVersion", equalTo(2))
                .body("coverage.factors", equalTo(10))
                .body("coverage.factorsWithItems", equalTo(10))
                .body("coverage.items", equalTo(32))
                .body("coverage.measures", equalTo(122));
        given().get("/api/v1/factors")
                .then()
                .statusCode(200)
                .body("$", hasSize(10))
                .body("find { it.code == 'organisation' }.items.number", equalTo(List.of(29, 30, 31, 32)))
                .body("find { it.code == 'capital' }.source", equalTo("found"));
        given().get("/api/v1/measures?factor=organisation&kind=action")
                .then()
                .statusCode(200)
                .body("code", equalTo(List.of("30.2", "31.1", "31.2", "31.3", "32.1", "32.2")));
    }

    @Test
    void tasksHistoryRevisionsAuditAndTheFirstTwelveItemsAreUntouched() throws SQLException {
        long lastTask = Long.parseLong(config("last-task"));
        long lastAudit = Long.parseLong(config("last-audit"));
        try (Connection c = DriverManager.getConnection(url(), "postgres", null)) {
            for (var check : CHECKS.entrySet()) {
                assertEquals(
                        config(check.getKey()), fingerprint(c, check.getValue(), lastTask, lastAudit), check.getKey());
            }
            assertTrue(
                    single(c, "SELECT count(*) FROM status_update WHERE task_id <= " + lastTask) > 300,
                    "the fixture has a real history to keep");
            assertEquals(
                    0,
                    single(
                            c,
                            "SELECT count(*) FROM task t LEFT JOIN measure m ON m.code = t.measure_code WHERE m.code IS NULL"),
                    "every task points at a measure that exists");
        }
    }

    @Test
    void anAdminsCorrectionsAreKept() {
        given().get("/api/v1/measures/5.2")
                .then()
                .statusCode(200)
                .body("source", equalTo(PlanService.EDITED))
                .body("summaryEn", equalTo("Corrected by an admin before dataset version 2"));
        JsonPath hefei = given().get("/api/v1/regions/hefei-metro")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(
                "Edited by an admin before regions dataset version 2",
                hefei.getString("notes"),
                "a region its users changed keeps their fields");
        assertEquals(1, hefei.getList("reportedTasks").size(), "but gets the dataset's own records");
    }

    @Test
    void regionsGetTheirLocalDocumentsAndUntouchedOnesTheirNewFacts() {
        given().get("/api/v1/regions/zhengzhou")
                .then()
                .statusCode(200)
                .body("localDocuments.docNumber", equalTo(List.of("豫政〔2025〕28号")))
                .body("localDocuments[0].measuresReported", equalTo(70));
        given().get("/api/v1/regions/sunan")
                .then()
                .statusCode(200)
                .body("cities", equalTo(List.of("南京市", "无锡市", "常州市", "苏州市", "镇江市")));
    }

    @Test
    void theDemoSetGrowsAcrossThePlanWithoutTouchingItsFirstTasks() {
        long lastTask = Long.parseLong(config("last-task"));
        JsonPath all = given().get("/api/v1/tasks?demo=true&size=200")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Integer> ids = all.getList("items.id", Integer.class);
        assertTrue(ids.stream().filter(id -> id > lastTask).count() > 0, "version 2 of the demo set added tasks");
        given().get("/api/v1/tasks?demo=true&factor=organisation")
                .then()
                .statusCode(200)
                .body("items.factorCode", hasItem("organisation"));
    }

    private static String config(String key) {
        return ConfigProvider.getConfig().getValue("upgrade-test." + key, String.class);
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Row count and an md5 of the rows in a stable order. */
    private static String fingerprint(Connection c, String query, long lastTask, long lastAudit) throws SQLException {
        String sql = "SELECT count(*), md5(coalesce(string_agg(q::text, '|' ORDER BY q::text), '')) FROM ("
                + String.format(query, query.contains("audit_event") ? lastAudit : lastTask) + ") q";
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1) + ":" + r.getString(2);
        }
    }
}
