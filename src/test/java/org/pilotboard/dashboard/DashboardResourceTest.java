package org.pilotboard.dashboard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pilotboard.Api.json;
import static org.pilotboard.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pilotboard.Api;

@QuarkusTest
class DashboardResourceTest {

    private static JsonPath summary() {
        return given().get("/api/v1/dashboard/summary")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void summaryCountsWhatHappensToTasks() {
        JsonPath before = summary();
        String region = Api.newRegion();
        long done = Api.newTask(region);
        Map<String, Object> lateBody = Api.taskBody(region);
        lateBody.put("measureCode", "10.2");
        lateBody.put("plannedEnd", "2026-02-28");
        long late = Api.newTask(lateBody);
        json().body(Map.of("status", "completed", "evidence", List.of(Map.of("documentNumber", "测〔2026〕9号"))))
                .post("/api/v1/tasks/" + done + "/updates")
                .then()
                .statusCode(201);
        json().body(Map.of("status", "delayed", "progress", 40, "comment", "滞后"))
                .post("/api/v1/tasks/" + late + "/updates")
                .then()
                .statusCode(201);

        JsonPath after = summary();
        assertEquals(before.getLong("overall.tasks") + 2, after.getLong("overall.tasks"));
        assertEquals(before.getLong("overall.byStatus.completed") + 1, after.getLong("overall.byStatus.completed"));
        assertEquals(before.getLong("overall.byStatus.delayed") + 1, after.getLong("overall.byStatus.delayed"));
        assertEquals(before.getLong("overall.overdue") + 1, after.getLong("overall.overdue"));

        String regionPath = "byRegion.find { it.code == '" + region + "' }.counts";
        assertEquals(2, after.getInt(regionPath + ".tasks"));
        assertEquals(70.0, after.getDouble(regionPath + ".progress"));
        assertEquals(1, after.getInt(regionPath + ".overdue"));
        assertEquals(0, after.getInt(regionPath + ".byStatus.not_started"));
        assertEquals(
                before.getLong("byFactor.find { it.code == 'labour' }.counts.tasks") + 1,
                after.getLong("byFactor.find { it.code == 'labour' }.counts.tasks"));
        assertEquals(
                before.getLong("byMilestone.find { it.code == '2025' }.counts.tasks") + 2,
                after.getLong("byMilestone.find { it.code == '2025' }.counts.tasks"));
        assertEquals("overdue", after.getString("byMilestone.find { it.code == '2025' }.status"));
        assertEquals(late, after.getLong("latestUpdates[0].taskId"));
        assertEquals(region, after.getString("latestUpdates[0].regionCode"));
    }

    @Test
    void summaryListsEveryFactorRegionAndMilestone() {
        given().get("/api/v1/dashboard/summary")
                .then()
                .statusCode(200)
                .body("byFactor", hasSize(10))
                .body("byFactor.code", hasItems("land", "labour", "capital", "data", "organisation"))
                .body("byFactor.find { it.code == 'capital' }.measures", equalTo(12))
                .body("byFactor.find { it.code == 'organisation' }.measures", equalTo(6))
                .body("byFactor.find { it.code == 'land' }.measures", equalTo(21))
                .body("byMilestone.code", contains("2021", "2022H1", "2023", "2025"))
                .body("byMilestone.find { it.code == '2022H1' }.observedStatus", equalTo("late"))
                .body("byRegion.code", hasItems("hefei-metro", "chengdu"))
                .body("staleAfterDays", equalTo(90));
    }

    @Test
    void milestoneAchievedLateWhenItsLastTaskEndsAfterTheDueDate() {
        String region = Api.newRegion();
        Map<String, Object> body = Api.taskBody(region);
        body.put("measureCode", "4.3");
        body.put("milestoneCode", "2023");
        long id = Api.newTask(body);
        JsonPath before = summary();
        json().body(Map.of("status", "completed", "evidence", List.of(Map.of("documentNumber", "测〔2026〕1号"))))
                .post("/api/v1/tasks/" + id + "/updates")
                .then()
                .statusCode(201);
        JsonPath after = summary();
        // Only this test puts tasks on the 2023 milestone, so all of them are complete now.
        assertEquals(
                before.getLong("byMilestone.find { it.code == '2023' }.counts.tasks"),
                after.getLong("byMilestone.find { it.code == '2023' }.counts.byStatus.completed"));
        assertEquals("achieved_late", after.getString("byMilestone.find { it.code == '2023' }.status"));
        assertEquals(Api.today(), after.getString("byMilestone.find { it.code == '2023' }.achievedOn"));
    }

    @Test
    void timelineOfARegionShowsItsBarsAndTheMilestones() {
        String region = Api.newRegion();
        long id = Api.newTask(region);
        json().header("If-Match", "\"0\"")
                .body(Map.of("plannedEnd", "2027-08-31", "revisionReason", "顺延"))
                .patch("/api/v1/tasks/" + id)
                .then()
                .statusCode(200);
        given().queryParam("region", region)
                .get("/api/v1/dashboard/timeline")
                .then()
                .statusCode(200)
                .body("milestones.code", contains("2021", "2022H1", "2023", "2025"))
                .body("periodStart", equalTo("2021-01-01"))
                .body("periodEnd", equalTo("2027-08-31"))
                .body("tasks", hasSize(1))
                .body("tasks[0].id", equalTo((int) id))
                .body("tasks[0].baselineEnd", equalTo("2027-06-30"))
                .body("tasks[0].plannedEnd", equalTo("2027-08-31"))
                .body("tasks[0].factorCode", equalTo("land"))
                .body("totalTasks", equalTo(1))
                .body("truncated", equalTo(false));
        given().queryParam("region", region)
                .queryParam("factor", "labour")
                .get("/api/v1/dashboard/timeline")
                .then()
                .body("tasks", hasSize(0));
        Api.newTask(region);
        given().queryParam("region", region)
                .queryParam("limit", 1)
                .get("/api/v1/dashboard/timeline")
                .then()
                .body("tasks", hasSize(1))
                .body("totalTasks", equalTo(2))
                .body("truncated", equalTo(true));
        problem(given().queryParam("limit", 0).get("/api/v1/dashboard/timeline").then(), 400);
        problem(
                given().queryParam("status", "nope")
                        .get("/api/v1/dashboard/timeline")
                        .then(),
                400);
    }

    @Test
    void measuresListTheRegionsPilotingThemWithTheirProgress() {
        String region = Api.newRegion();
        Map<String, Object> body = Api.taskBody(region);
        body.put("measureCode", "31.2");
        body.put("milestoneCode", "2025");
        long done = Api.newTask(body);
        long started = Api.newTask(body);
        json().body(Map.of("status", "completed", "evidence", List.of(Map.of("documentNumber", "测〔2026〕31号"))))
                .post("/api/v1/tasks/" + done + "/updates")
                .then()
                .statusCode(201);
        json().body(Map.of("status", "in_progress", "progress", 41))
                .post("/api/v1/tasks/" + started + "/updates")
                .then()
                .statusCode(201);

        JsonPath pilots = given().get("/api/v1/dashboard/measures")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String mine = "measures.find { it.measureCode == '31.2' }.regions.find { it.regionCode == '" + region + "' }";
        assertEquals(2, pilots.getInt(mine + ".tasks"));
        assertEquals(1, pilots.getInt(mine + ".completed"));
        assertEquals(71, pilots.getInt(mine + ".progress"), "mean of 100 and 41, rounded");
        List<String> codes = pilots.getList("measures.measureCode", String.class);
        assertEquals(codes.stream().distinct().toList(), codes, "each measure once");
        given().get("/api/v1/dashboard/measures?asOf=2021-06-30")
                .then()
                .statusCode(200)
                .body("measures", hasSize(0));
        problem(given().get("/api/v1/dashboard/measures?demo=maybe").then(), 400);
    }

    @Test
    void aPastDayShowsOnlyWhatExistedThen() {
        // 2021-03-01: before the plan (issued 2021-12-21) and the regions' approval (2025-09-11)
        given().get("/api/v1/dashboard/summary?asOf=2021-03-01")
                .then()
                .statusCode(200)
                .body("asOf", equalTo("2021-03-01"))
                .body("overall.tasks", equalTo(0))
                .body("byRegion.code", not(hasItem("hefei-metro")))
                .body("byRegionFactor", hasSize(0))
                .body("byMilestone", hasSize(0));
        // the plan issued, the regions not yet approved
        given().get("/api/v1/dashboard/summary?asOf=2025-09-10")
                .then()
                .statusCode(200)
                .body("byMilestone.code", contains("2021", "2022H1", "2023", "2025"))
                .body("byRegion.code", not(hasItem("hefei-metro")));
        given().get("/api/v1/dashboard/summary?asOf=2025-09-11")
                .then()
                .statusCode(200)
                .body("byRegion.code", hasItem("hefei-metro"));
    }

    @Test
    void aMilestoneOverrideShowsFromTheDayItWasMade() {
        String today = summary().getString("today");
        String yesterday = java.time.LocalDate.parse(today).minusDays(1).toString();
        String derived = summary().getString("byMilestone.find { it.code == '2023' }.derivedStatus");
        String other = derived.equals("achieved_late") ? "achieved" : "achieved_late";
        try {
            json().body(Map.of("status", other, "reason", "测试：历史视图"))
                    .put("/api/v1/milestones/2023/override")
                    .then()
                    .statusCode(200);
            assertEquals(other, summary().getString("byMilestone.find { it.code == '2023' }.status"));
            JsonPath before = given().get("/api/v1/dashboard/summary?asOf=" + yesterday)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertEquals(
                    before.getString("byMilestone.find { it.code == '2023' }.derivedStatus"),
                    before.getString("byMilestone.find { it.code == '2023' }.status"),
                    "the day before the override: the status from the tasks");
            assertEquals(null, before.getString("byMilestone.find { it.code == '2023' }.overrideReason"));
        } finally {
            json().delete("/api/v1/milestones/2023/override").then().statusCode(200);
        }
    }
}
