package org.pilotboard.task;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.pilotboard.Api.json;
import static org.pilotboard.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pilotboard.Api;

@QuarkusTest
class TaskResourceTest {

    private static final Map<String, Object> EVIDENCE =
            Map.of("url", "https://www.gov.cn/zhengce/example", "label", "通知");

    @Test
    void createdTaskStartsNotStartedWithItsBaseline() {
        String region = Api.newRegion();
        Map<String, Object> body = Api.taskBody(region);
        body.put("titleEn", "A test task");
        body.put("implementationDocNumber", "测政办〔2025〕1号");
        body.put("implementationDocUrl", "https://example.gov.cn/plan");
        var created =
                json().body(body).post("/api/v1/tasks").then().statusCode(201).extract();
        long id = created.jsonPath().getLong("id");
        org.junit.jupiter.api.Assertions.assertTrue(created.header("Location").endsWith("/api/v1/tasks/" + id));
        given().get("/api/v1/tasks/" + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("regionCode", equalTo(region))
                .body("factorCode", equalTo("land"))
                .body("status", equalTo("not_started"))
                .body("progress", equalTo(0))
                .body("baselineStart", equalTo("2025-10-01"))
                .body("baselineEnd", equalTo("2027-06-30"))
                .body("plannedEnd", equalTo("2027-06-30"))
                .body("slipDays", equalTo(0))
                .body("overdue", equalTo(false))
                .body("stale", equalTo(false))
                .body("implementationDocNumber", equalTo("测政办〔2025〕1号"))
                .body("demo", equalTo(false))
                .body("lastVerifiedAt", notNullValue());
        given().header("If-None-Match", "\"0\"")
                .get("/api/v1/tasks/" + id)
                .then()
                .statusCode(304);
    }

    @Test
    void statusUpdatesMoveTheTaskAndBuildItsHistory() {
        long id = Api.newTask(Api.newRegion());
        json().body(Map.of("status", "in_progress", "progress", 30, "comment", "启动"))
                .post("/api/v1/tasks/" + id + "/updates")
                .then()
                .statusCode(201)
                .header("ETag", equalTo("\"1\""))
                .body("previousStatus", equalTo("not_started"))
                .body("taskVersion", equalTo(1))
                .body("author", equalTo("Administrator"))
                .body("confirmation", equalTo(false));
        given().get("/api/v1/tasks/" + id)
                .then()
                .body("status", equalTo("in_progress"))
                .body("progress", equalTo(30))
                .body("actualStart", equalTo(Api.today()));

        // Same status and progress: a confirmation that the task is still accurate.
        json().body(Map.of("status", "in_progress", "comment", "仍在推进"))
                .post("/api/v1/tasks/" + id + "/updates")
                .then()
                .statusCode(201)
                .body("confirmation", equalTo(true))
                .body("progress", equalTo(30))
                .body("author", equalTo("Administrator"));

        json().body(Map.of("status", "completed", "evidence", List.of(EVIDENCE, Map.of("documentNumber", "测〔2026〕2号"))))
                .post("/api/v1/tasks/" + id + "/updates")
                .then()
                .statusCode(201)
                .body("progress", equalTo(100));
        given().get("/api/v1/tasks/" + id)
                .then()
                .body("status", equalTo("completed"))
                .body("progress", equalTo(100))
                .body("actualEnd", equalTo(Api.today()))
                .body("version", equalTo(3));

        given().get("/api/v1/tasks/" + id + "/updates")
                .then()
                .statusCode(200)
                .body("status", contains("in_progress", "in_progress", "completed"))
                .body("taskVersion", contains(1, 2, 3))
                .body("[2].evidence.url", contains("https://www.gov.cn/zhengce/example", null))
                .body("[2].evidence[1].documentNumber", equalTo("测〔2026〕2号"));

        // Reopening clears the actual end.
        json().body(Map.of("status", "in_progress", "progress", 90, "comment", "复核发现遗漏"))
                .post("/api/v1/tasks/" + id + "/updates")
                .then()
                .statusCode(201);
        given().get("/api/v1/tasks/" + id).then().body("actualEnd", nullValue()).body("progress", equalTo(90));
    }

    @Test
    void statusRulesAreEnforced() {
        long id = Api.newTask(Api.newRegion());
        String updates = "/api/v1/tasks/" + id + "/updates";
        problem(json().body(Map.of("status", "completed")).post(updates).then(), 400)
                .body("violations[0].field", equalTo("evidence"));
        problem(
                        json().body(Map.of("status", "completed", "progress", 80, "evidence", List.of(EVIDENCE)))
                                .post(updates)
                                .then(),
                        400)
                .body("violations[0].field", equalTo("progress"));
        problem(
                        json().body(Map.of("status", "delayed", "progress", 20))
                                .post(updates)
                                .then(),
                        400)
                .body("violations[0].field", equalTo("comment"));
        problem(
                        json().body(Map.of("status", "suspended", "comment", " "))
                                .post(updates)
                                .then(),
                        400)
                .body("violations[0].field", equalTo("comment"));
        problem(
                json().body(Map.of("status", "in_progress", "progress", 100))
                        .post(updates)
                        .then(),
                400);
        problem(
                        json().body(Map.of("status", "completed", "evidence", List.of(Map.of("label", "no link"))))
                                .post(updates)
                                .then(),
                        400)
                .body("violations[0].field", equalTo("evidence[0]"));
        problem(
                        json().body(Map.of(
                                        "status",
                                        "completed",
                                        "evidence",
                                        List.of(Map.of("url", "javascript:alert(1)"))))
                                .post(updates)
                                .then(),
                        400)
                .body("violations[0].field", equalTo("evidence[0].url"));
        problem(
                        json().body(Map.of(
                                        "status",
                                        "in_progress",
                                        "actualStart",
                                        LocalDate.now().plusDays(30).toString()))
                                .post(updates)
                                .then(),
                        400)
                .body("violations[0].field", equalTo("actualStart"));
        problem(
                        json().body(Map.of("status", "in_progress", "progress", 10, "actualEnd", "2025-12-01"))
                                .post(updates)
                                .then(),
                        400)
                .body("violations[0].field", equalTo("actualEnd"));
        problem(
                        json().body(Map.of(
                                        "status",
                                        "completed",
                                        "evidence",
                                        List.of(EVIDENCE),
                                        "actualStart",
                                        "2026-03-01",
                                        "actualEnd",
                                        "2026-01-01"))
                                .post(updates)
                                .then(),
                        400)
                .body("violations[0].field", equalTo("actualEnd"));
        // Nothing was recorded by the refused updates.
        given().get(updates).then().body("$", empty());
        given().get("/api/v1/tasks/" + id).then().body("version", equalTo(0)).body("status", equalTo("not_started"));

        json().body(Map.of(
                        "status",
                        "completed",
                        "evidence",
                        List.of(EVIDENCE),
                        "actualStart",
                        "2026-01-05",
                        "actualEnd",
                        "2026-03-01"))
                .post(updates)
                .then()
                .statusCode(201);
        given().get("/api/v1/tasks/" + id)
                .then()
                .body("actualStart", equalTo("2026-01-05"))
                .body("actualEnd", equalTo("2026-03-01"));
    }

    @Test
    void anOptionalIfMatchOnAStatusUpdateIsHonoured() {
        long id = Api.newTask(Api.newRegion());
        problem(
                json().header("If-Match", "\"5\"")
                        .body(Map.of("status", "in_progress", "progress", 5))
                        .post("/api/v1/tasks/" + id + "/updates")
                        .then(),
                412);
        json().header("If-Match", "\"0\"")
                .body(Map.of("status", "in_progress", "progress", 5))
                .post("/api/v1/tasks/" + id + "/updates")
                .then()
                .statusCode(201);
    }

    @Test
    void aPatchThatChangesNothingWritesNothing() {
        long id = Api.newTask(Api.newRegion());
        String url = "/api/v1/tasks/" + id;
        String updatedAt = given().get(url).then().extract().path("updatedAt");
        int audited = Api.asAdmin()
                .get("/api/v1/audit?entityType=task&entityId=" + id)
                .then()
                .statusCode(200)
                .extract()
                .path("totalItems");
        json().header("If-Match", "\"0\"")
                .body(Map.of())
                .patch(url)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("version", equalTo(0))
                .body("updatedAt", equalTo(updatedAt));
        String title = given().get(url).then().extract().path("titleZh");
        json().header("If-Match", "\"0\"")
                .body(Map.of("titleZh", title))
                .patch(url)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""));
        Api.asAdmin().get("/api/v1/audit?entityType=task&entityId=" + id).then().body("totalItems", equalTo(audited));
        problem(json().header("If-Match", "\"7\"").body(Map.of()).patch(url).then(), 412);
    }

    @Test
    void patchNeedsTheCurrentVersionAndKeepsTheBaseline() {
        long id = Api.newTask(Api.newRegion());
        String url = "/api/v1/tasks/" + id;
        problem(json().body(Map.of("titleEn", "x")).patch(url).then(), 428);
        problem(
                json().header("If-Match", "\"3\"")
                        .body(Map.of("titleEn", "x"))
                        .patch(url)
                        .then(),
                412);
        json().header("If-Match", "\"0\"")
                .body(Map.of("titleEn", "English title", "responsibleUnit", "新单位"))
                .patch(url)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("titleEn", equalTo("English title"))
                .body("responsibleUnit", equalTo("新单位"));

        // A date change needs a reason and is recorded as a revision; the baseline stays.
        problem(
                        json().header("If-Match", "\"1\"")
                                .body(Map.of("plannedEnd", "2027-09-30"))
                                .patch(url)
                                .then(),
                        400)
                .body("violations[0].field", equalTo("revisionReason"));
        json().header("If-Match", "\"1\"")
                .contentType("application/merge-patch+json; charset=UTF-8")
                .body(Map.of("plannedEnd", "2027-09-30", "revisionReason", "配套政策延后"))
                .patch(url)
                .then()
                .statusCode(200)
                .body("plannedEnd", equalTo("2027-09-30"))
                .body("baselineEnd", equalTo("2027-06-30"))
                .body("slipDays", equalTo(92));
        given().get(url + "/revisions")
                .then()
                .statusCode(200)
                .body("$", hasSize(1))
                .body("[0].previousPlannedEnd", equalTo("2027-06-30"))
                .body("[0].plannedEnd", equalTo("2027-09-30"))
                .body("[0].reason", equalTo("配套政策延后"))
                .body("[0].taskVersion", equalTo(2));
        problem(
                json().header("If-Match", "\"2\"")
                        .body(Map.of("titleEn", "y", "revisionReason", "no date change"))
                        .patch(url)
                        .then(),
                400);

        // null clears an optional field (JSON merge patch).
        java.util.HashMap<String, Object> clear = new java.util.HashMap<>();
        clear.put("titleEn", null);
        json().header("If-Match", "\"2\"")
                .body(clear)
                .patch(url)
                .then()
                .statusCode(200)
                .body("titleEn", nullValue());
        java.util.HashMap<String, Object> clearRequired = new java.util.HashMap<>();
        clearRequired.put("titleZh", null);
        problem(
                        json().header("If-Match", "\"3\"")
                                .body(clearRequired)
                                .patch(url)
                                .then(),
                        400)
                .body("violations[0].field", equalTo("titleZh"));
    }

    @Test
    void patchRefusesFieldsItDoesNotChange() {
        long id = Api.newTask(Api.newRegion());
        String url = "/api/v1/tasks/" + id;
        problem(
                        json().header("If-Match", "\"0\"")
                                .body(Map.of("status", "completed"))
                                .patch(url)
                                .then(),
                        400)
                .body("violations[0].field", equalTo("status"));
        problem(
                json().header("If-Match", "\"0\"")
                        .body(Map.of("regionCode", "hefei-metro"))
                        .patch(url)
                        .then(),
                400);
        problem(
                json().header("If-Match", "\"0\"")
                        .body(Map.of("baselineEnd", "2030-01-01"))
                        .patch(url)
                        .then(),
                400);
        problem(
                        json().header("If-Match", "\"0\"")
                                .body(Map.of("colour", "red"))
                                .patch(url)
                                .then(),
                        400)
                .body("violations[0].field", equalTo("colour"));
        problem(
                json().header("If-Match", "\"0\"")
                        .body(Map.of("plannedEnd", 20270101))
                        .patch(url)
                        .then(),
                400);
        problem(
                        json().header("If-Match", "\"0\"")
                                .body(Map.of("plannedEnd", "2025-01-01", "revisionReason", "x"))
                                .patch(url)
                                .then(),
                        400)
                .body("violations[0].field", equalTo("plannedEnd"));
        problem(
                        json().header("If-Match", "\"0\"")
                                .body(Map.of("measureCode", "1.1"))
                                .patch(url)
                                .then(),
                        400)
                .body("violations[0].field", equalTo("measureCode"));
        problem(json().header("If-Match", "\"0\"").body(List.of(1)).patch(url).then(), 400);
        given().get(url).then().body("version", equalTo(0));
    }

    @Test
    void deleteOnlyATaskWithoutHistory() {
        String region = Api.newRegion();
        long fresh = Api.newTask(region);
        problem(Api.asAdmin().delete("/api/v1/tasks/" + fresh).then(), 428);
        Api.asAdmin()
                .header("If-Match", "\"0\"")
                .delete("/api/v1/tasks/" + fresh)
                .then()
                .statusCode(204);
        problem(given().get("/api/v1/tasks/" + fresh).then(), 404);

        long used = Api.newTask(region);
        json().body(Map.of("status", "in_progress", "progress", 10))
                .post("/api/v1/tasks/" + used + "/updates")
                .then()
                .statusCode(201);
        problem(
                Api.asAdmin()
                        .header("If-Match", "\"1\"")
                        .delete("/api/v1/tasks/" + used)
                        .then(),
                409);
        given().get("/api/v1/tasks/" + used + "/updates").then().body("$", hasSize(1));
    }

    @Test
    void overdueAndStaleAreDerived() {
        String region = Api.newRegion();
        Map<String, Object> late = Api.taskBody(region);
        late.put("plannedStart", "2025-10-01");
        late.put("plannedEnd", "2026-01-31");
        long id = Api.newTask(late);
        given().get("/api/v1/tasks/" + id).then().body("overdue", equalTo(true));
        given().queryParam("region", region)
                .queryParam("overdue", "true")
                .get("/api/v1/tasks")
                .then()
                .body("items.id", contains((int) id));
        given().queryParam("region", region)
                .queryParam("overdue", "false")
                .get("/api/v1/tasks")
                .then()
                .body("items", empty());

        json().body(Map.of("status", "completed", "evidence", List.of(EVIDENCE)))
                .post("/api/v1/tasks/" + id + "/updates")
                .then()
                .statusCode(201);
        given().get("/api/v1/tasks/" + id).then().body("overdue", equalTo(false));

        long quiet = Api.newTask(region);
        TestClock.ageVerification(quiet, 120);
        given().get("/api/v1/tasks/" + quiet).then().body("stale", equalTo(true));
        given().queryParam("region", region)
                .queryParam("stale", "true")
                .get("/api/v1/tasks")
                .then()
                .body("items.id", contains((int) quiet));
        json().body(Map.of("status", "not_started", "comment", "仍在准备"))
                .post("/api/v1/tasks/" + quiet + "/updates")
                .then()
                .statusCode(201)
                .body("confirmation", equalTo(true));
        given().get("/api/v1/tasks/" + quiet).then().body("stale", equalTo(false));
    }

    @Test
    void createRefusesWhatCannotBeATask() {
        String region = Api.newRegion();
        Map<String, Object> body = Api.taskBody(region);
        body.put("regionCode", "no-such-region");
        problem(json().body(body).post("/api/v1/tasks").then(), 400).body("violations[0].field", equalTo("regionCode"));
        body = Api.taskBody(region);
        body.put("measureCode", "99.1");
        problem(json().body(body).post("/api/v1/tasks").then(), 400)
                .body("violations[0].field", equalTo("measureCode"));
        body = Api.taskBody(region);
        body.put("milestoneCode", "2030");
        problem(json().body(body).post("/api/v1/tasks").then(), 400)
                .body("violations[0].field", equalTo("milestoneCode"));
        body = Api.taskBody(region);
        body.put("plannedEnd", "2025-09-30");
        problem(json().body(body).post("/api/v1/tasks").then(), 400).body("violations[0].field", equalTo("plannedEnd"));
        body = Api.taskBody(region);
        body.put("plannedEnd", "2999-01-01");
        problem(json().body(body).post("/api/v1/tasks").then(), 400).body("violations[0].field", equalTo("plannedEnd"));
        body = Api.taskBody(region);
        body.put("implementationDocUrl", "ftp://example.org/x");
        problem(json().body(body).post("/api/v1/tasks").then(), 400)
                .body("violations[0].field", equalTo("implementationDocUrl"));
        body = Api.taskBody(region);
        body.put("revisionReason", "not on create");
        problem(json().body(body).post("/api/v1/tasks").then(), 400);
        given().queryParam("region", region).get("/api/v1/tasks").then().body("totalItems", equalTo(0));
    }

    @Test
    void unknownAndMalformedIds() {
        problem(given().get("/api/v1/tasks/999999999").then(), 404)
                .body("detail", equalTo("Task '999999999' does not exist"));
        problem(given().get("/api/v1/tasks/abc").then(), 400).body("violations[0].in", equalTo("path"));
        problem(given().get("/api/v1/tasks/-4/updates").then(), 400);
        problem(
                json().body(Map.of("status", "in_progress"))
                        .post("/api/v1/tasks/999999999/updates")
                        .then(),
                404);
        problem(
                json().header("If-Match", "\"0\"")
                        .body(Map.of("titleEn", "x"))
                        .patch("/api/v1/tasks/999999999")
                        .then(),
                404);
    }

    @Test
    void listFiltersSortsAndPages() {
        String region = Api.newRegion();
        String other = Api.newRegion();
        Map<String, Object> labour = Api.taskBody(region);
        labour.put("measureCode", "10.1");
        labour.put("titleZh", "户籍准入年限累计互认 100%_落实");
        labour.put("plannedEnd", "2026-12-31");
        long labourId = Api.newTask(labour);
        Map<String, Object> land = Api.taskBody(region);
        land.put("titleZh", "土地任务");
        land.put("titleEn", "Land quota task");
        land.put("plannedEnd", "2027-03-31");
        long landId = Api.newTask(land);
        Map<String, Object> target = Api.taskBody(region);
        target.put("measureCode", "4.2");
        target.put("milestoneCode", "2022H1");
        long targetId = Api.newTask(target);
        long otherId = Api.newTask(other);
        json().body(Map.of("status", "delayed", "progress", 20, "comment", "滞后"))
                .post("/api/v1/tasks/" + landId + "/updates")
                .then()
                .statusCode(201);
        json().body(Map.of("status", "in_progress", "progress", 50))
                .post("/api/v1/tasks/" + labourId + "/updates")
                .then()
                .statusCode(201);

        given().queryParam("region", region)
                .get("/api/v1/tasks")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items.regionCode", everyItem(equalTo(region)));
        given().queryParam("region", region)
                .queryParam("factor", "labour")
                .get("/api/v1/tasks")
                .then()
                .body("items.id", contains((int) labourId));
        given().queryParam("region", region)
                .queryParam("measure", "5.2")
                .get("/api/v1/tasks")
                .then()
                .body("items.id", contains((int) landId));
        given().queryParam("region", region)
                .queryParam("milestone", "2022H1")
                .get("/api/v1/tasks")
                .then()
                .body("items.id", contains((int) targetId));
        given().queryParam("region", region)
                .queryParam("status", "delayed,in_progress")
                .queryParam("sort", "-progress")
                .get("/api/v1/tasks")
                .then()
                .body("items.id", contains((int) labourId, (int) landId));
        given().queryParam("region", region)
                .queryParam("q", "100%_")
                .get("/api/v1/tasks")
                .then()
                .body("items.id", contains((int) labourId));
        given().queryParam("region", region)
                .queryParam("q", "QUOTA")
                .get("/api/v1/tasks")
                .then()
                .body("items.id", contains((int) landId));
        given().queryParam("region", region)
                .queryParam("q", "%")
                .get("/api/v1/tasks")
                .then()
                .body("items.id", contains((int) labourId));
        given().queryParam("region", region)
                .queryParam("sort", "plannedEnd")
                .get("/api/v1/tasks")
                .then()
                .body("items.id", contains((int) labourId, (int) landId, (int) targetId));
        given().queryParam("region", region)
                .queryParam("sort", "-plannedEnd")
                .queryParam("size", 2)
                .queryParam("page", 1)
                .get("/api/v1/tasks")
                .then()
                .body("items.id", contains((int) labourId))
                .body("page", equalTo(1))
                .body("size", equalTo(2))
                .body("totalItems", equalTo(3))
                .body("totalPages", equalTo(2));
        given().queryParam("region", region)
                .queryParam("page", 50)
                .get("/api/v1/tasks")
                .then()
                .body("items", empty())
                .body("totalItems", equalTo(3));
        given().queryParam("region", other).get("/api/v1/tasks").then().body("items.id", contains((int) otherId));
        given().queryParam("region", region + "," + other)
                .queryParam("measure", "5.2")
                .queryParam("sort", "id")
                .get("/api/v1/tasks")
                .then()
                .body("items.id", contains((int) landId, (int) otherId));
        given().get("/api/v1/tasks").then().statusCode(200).body("size", equalTo(20));

        problem(given().queryParam("size", 201).get("/api/v1/tasks").then(), 400)
                .body("violations[0].field", equalTo("size"));
        problem(given().queryParam("size", 0).get("/api/v1/tasks").then(), 400);
        problem(given().queryParam("page", -1).get("/api/v1/tasks").then(), 400);
        problem(given().queryParam("sort", "password").get("/api/v1/tasks").then(), 400)
                .body("violations[0].field", equalTo("sort"));
        problem(given().queryParam("status", "done").get("/api/v1/tasks").then(), 400);
        problem(given().queryParam("overdue", "yes").get("/api/v1/tasks").then(), 400);
        problem(given().queryParam("q", "x".repeat(101)).get("/api/v1/tasks").then(), 400);
        problem(given().queryParam("factor", "nope").get("/api/v1/tasks").then(), 404);
    }
}
