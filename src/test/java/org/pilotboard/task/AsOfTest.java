package org.pilotboard.task;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.pilotboard.Api.json;
import static org.pilotboard.Api.problem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pilotboard.Api;

/** Past states rebuilt from the history: ?asOf=YYYY-MM-DD on the read endpoints. */
@QuarkusTest
class AsOfTest {

    @Inject
    EntityManager em;

    private String region;
    private long id;

    /**
     * A task created on 2026-01-05 (China time), started 2026-01-10 at 20%, its end moved on
     * 2026-02-01 from 2027-06-30 to 2027-09-30, 60% on 2026-03-10, completed on 2026-04-20.
     */
    @BeforeEach
    void taskWithAPast() {
        region = Api.newRegion();
        id = Api.newTask(region);
        json().body(Map.of("status", "in_progress", "progress", 20))
                .post("/api/v1/tasks/" + id + "/updates")
                .then()
                .statusCode(201);
        json().header("If-Match", "\"1\"")
                .body(Map.of("plannedEnd", "2027-09-30", "revisionReason", "顺延"))
                .patch("/api/v1/tasks/" + id)
                .then()
                .statusCode(200);
        json().body(Map.of("status", "in_progress", "progress", 60))
                .post("/api/v1/tasks/" + id + "/updates")
                .then()
                .statusCode(201);
        json().body(Map.of("status", "completed", "evidence", List.of(Map.of("documentNumber", "测〔2026〕5号"))))
                .post("/api/v1/tasks/" + id + "/updates")
                .then()
                .statusCode(201);
        QuarkusTransaction.requiringNew().run(() -> {
            sql("UPDATE task SET created_at = '2026-01-05 10:00+08' WHERE id = ?1");
            sql(
                    "UPDATE status_update SET recorded_at = '2026-01-10 10:00+08', actual_start = '2026-01-10' WHERE task_id = ?1 AND task_version = 1");
            sql("UPDATE task_revision SET recorded_at = '2026-02-01 10:00+08' WHERE task_id = ?1");
            sql(
                    "UPDATE status_update SET recorded_at = '2026-03-10 10:00+08', actual_start = '2026-01-10' WHERE task_id = ?1 AND task_version = 3");
            sql(
                    "UPDATE status_update SET recorded_at = '2026-04-20 10:00+08', actual_start = '2026-01-10', actual_end = '2026-04-20' WHERE task_id = ?1 AND task_version = 4");
            sql(
                    "UPDATE task SET actual_start = '2026-01-10', actual_end = '2026-04-20', last_verified_at = '2026-04-20 10:00+08' WHERE id = ?1");
        });
    }

    private void sql(String statement) {
        em.createNativeQuery(statement).setParameter(1, id).executeUpdate();
    }

    private JsonPath task(String asOf) {
        return given().queryParam("asOf", asOf)
                .get("/api/v1/tasks/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void aTaskAsItStoodOnEachDay() {
        JsonPath created = task("2026-01-06");
        org.junit.jupiter.api.Assertions.assertEquals("not_started", created.getString("status"));
        org.junit.jupiter.api.Assertions.assertEquals("2027-06-30", created.getString("plannedEnd"));

        given().queryParam("asOf", "2026-01-20")
                .get("/api/v1/tasks/" + id)
                .then()
                .body("status", equalTo("in_progress"))
                .body("progress", equalTo(20))
                .body("actualStart", equalTo("2026-01-10"))
                .body("plannedEnd", equalTo("2027-06-30"))
                .body("slipDays", equalTo(0));
        given().queryParam("asOf", "2026-02-15")
                .get("/api/v1/tasks/" + id)
                .then()
                .body("progress", equalTo(20))
                .body("plannedEnd", equalTo("2027-09-30"))
                .body("slipDays", equalTo(92));
        given().queryParam("asOf", "2026-03-31")
                .get("/api/v1/tasks/" + id)
                .then()
                .body("progress", equalTo(60))
                .body("actualEnd", nullValue());
        given().queryParam("asOf", "2026-04-20")
                .get("/api/v1/tasks/" + id)
                .then()
                .body("status", equalTo("completed"))
                .body("actualEnd", equalTo("2026-04-20"));
        problem(
                given().queryParam("asOf", "2026-01-04")
                        .get("/api/v1/tasks/" + id)
                        .then(),
                404);
    }

    @Test
    void historyAndListsAsOfADay() {
        given().queryParam("asOf", "2026-03-31")
                .get("/api/v1/tasks/" + id + "/updates")
                .then()
                .body("progress", contains(20, 60));
        given().queryParam("asOf", "2026-01-31")
                .get("/api/v1/tasks/" + id + "/revisions")
                .then()
                .body("$", hasSize(0));
        given().queryParam("asOf", "2026-02-01")
                .get("/api/v1/tasks/" + id + "/revisions")
                .then()
                .body("$", hasSize(1));
        given().queryParam("region", region)
                .queryParam("asOf", "2026-03-31")
                .queryParam("status", "in_progress")
                .get("/api/v1/tasks")
                .then()
                .body("items.id", contains((int) id));
        given().queryParam("region", region)
                .queryParam("asOf", "2026-03-31")
                .queryParam("status", "completed")
                .get("/api/v1/tasks")
                .then()
                .body("totalItems", equalTo(0));
        given().queryParam("region", region)
                .queryParam("asOf", "2025-12-31")
                .get("/api/v1/tasks")
                .then()
                .body("totalItems", equalTo(0));
        given().queryParam("region", region).get("/api/v1/tasks").then().body("items[0].status", equalTo("completed"));
    }

    @Test
    void dashboardAsOfADay() {
        JsonPath summary = given().queryParam("asOf", "2026-03-31")
                .get("/api/v1/dashboard/summary")
                .then()
                .statusCode(200)
                .body("asOf", equalTo("2026-03-31"))
                .body("today", equalTo("2026-03-31"))
                .extract()
                .jsonPath();
        String counts = "byRegion.find { it.code == '" + region + "' }.counts";
        org.junit.jupiter.api.Assertions.assertEquals(1, summary.getInt(counts + ".byStatus.in_progress"));
        org.junit.jupiter.api.Assertions.assertEquals(60.0, summary.getDouble(counts + ".progress"));
        given().queryParam("asOf", "2026-02-15")
                .queryParam("region", region)
                .get("/api/v1/dashboard/timeline")
                .then()
                .body("tasks[0].plannedEnd", equalTo("2027-09-30"))
                .body("tasks[0].progress", equalTo(20))
                .body("asOf", equalTo("2026-02-15"));
        problem(
                        given().queryParam("asOf", "2999-01-01")
                                .get("/api/v1/dashboard/summary")
                                .then(),
                        400)
                .body("violations[0].field", equalTo("asOf"));
        problem(
                given().queryParam("asOf", "yesterday")
                        .get("/api/v1/dashboard/summary")
                        .then(),
                400);
    }

    @Test
    void burnupCountsCompletionsMonthByMonth() {
        JsonPath burnup = given().queryParam("region", region)
                .get("/api/v1/dashboard/burnup")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .extract()
                .jsonPath();
        List<Map<String, Object>> points = burnup.getList("points");
        Map<String, Object> march = point(points, "2026-03-31");
        Map<String, Object> april = point(points, "2026-04-30");
        org.junit.jupiter.api.Assertions.assertEquals(0, march.get("completed"));
        org.junit.jupiter.api.Assertions.assertEquals(1, april.get("completed"));
        org.junit.jupiter.api.Assertions.assertEquals(
                "2025-10-31", points.get(0).get("date"), "starts with the baseline start's month");
        Map<String, Object> lastBaseline = point(points, "2027-06-30");
        org.junit.jupiter.api.Assertions.assertEquals(1, lastBaseline.get("plannedBaseline"));
        org.junit.jupiter.api.Assertions.assertEquals(
                0, lastBaseline.get("plannedCurrent"), "the plan moved to September");
        org.junit.jupiter.api.Assertions.assertNull(
                lastBaseline.get("completed"), "no completions counted in the future");
        given().queryParam("region", region)
                .queryParam("asOf", "2026-03-31")
                .get("/api/v1/dashboard/burnup")
                .then()
                .body("points.last().date", equalTo("2027-09-30"));
    }

    private static Map<String, Object> point(List<Map<String, Object>> points, String date) {
        return points.stream()
                .filter(p -> date.equals(p.get("date")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no point for " + date + " in " + points));
    }
}
