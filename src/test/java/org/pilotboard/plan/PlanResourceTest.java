package org.pilotboard.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.pilotboard.Api.json;
import static org.pilotboard.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pilotboard.Api;

@QuarkusTest
class PlanResourceTest {

    @Test
    void planDocumentWithCoverage() {
        given().get("/api/v1/plan")
                .then()
                .statusCode(200)
                .body("docNumber", equalTo("国办发〔2021〕51号"))
                .body("issuedOn", equalTo("2021-12-21"))
                .body("periodStart", equalTo(2021))
                .body("periodEnd", equalTo(2025))
                .body("titleZh", equalTo("要素市场化配置综合改革试点总体方案"))
                .body("coverage.factors", equalTo(10))
                .body("coverage.factorsWithItems", equalTo(10))
                // At least the shipped 32 items and 122 measures (113 trackable): other tests add to the catalogue.
                .body("coverage.items", greaterThanOrEqualTo(32))
                .body("coverage.measures", greaterThanOrEqualTo(122))
                .body("coverage.trackableMeasures", greaterThanOrEqualTo(113))
                .body("sources.id", hasItems("seed-002", "seed-000", "sina-mirror-a", "sina-mirror-b"));
    }

    @Test
    void fourMilestonesWithDueDates() {
        given().get("/api/v1/milestones")
                .then()
                .statusCode(200)
                .body("code", org.hamcrest.Matchers.contains("2021", "2022H1", "2023", "2025"))
                .body("dueOn", org.hamcrest.Matchers.contains("2021-12-31", "2022-06-30", "2023-12-31", "2025-12-31"))
                .body("find { it.code == '2022H1' }.observedStatus", equalTo("late"))
                .body("find { it.code == '2022H1' }.textZh", equalTo("2022年上半年，完成试点地区布局、实施方案编制报批工作。"));
    }

    @Test
    void factorsAreChaptersWithTheirItems() {
        given().get("/api/v1/factors")
                .then()
                .statusCode(200)
                .body(
                        "code",
                        hasItems(
                                "general",
                                "land",
                                "labour",
                                "capital",
                                "technology",
                                "data",
                                "resources_environment",
                                "market_governance",
                                "coordination",
                                "organisation"))
                .body("find { it.code == 'land' }.items.number", org.hamcrest.Matchers.contains(5, 6, 7, 8, 9))
                .body("find { it.code == 'land' }.items[0].titleZh", equalTo("支持探索土地管理制度改革"))
                .body("find { it.code == 'land' }.items[0].numeralZh", equalTo("五"))
                .body("find { it.code == 'capital' }.source", equalTo("found"))
                .body("find { it.code == 'capital' }.items.number", org.hamcrest.Matchers.contains(13, 14, 15))
                .body("find { it.code == 'organisation' }.titleZh", equalTo("强化组织实施"));
    }

    @Test
    void eachItemSaysWhereItsTextComesFrom() {
        given().get("/api/v1/factors")
                .then()
                .statusCode(200)
                .body("find { it.code == 'land' }.items[0].provenance.seedFiles", hasItems("002_bb073862d974fbb5.txt"))
                .body("find { it.code == 'land' }.items[0].provenance.secondPublisher", equalTo("verbatim"))
                .body(
                        "find { it.code == 'capital' }.items[0].provenance.foundIn",
                        hasItems("sina-mirror-a", "sina-mirror-b"))
                .body("find { it.code == 'capital' }.items[0].provenance.secondPublisher", equalTo("fragments"))
                .body("find { it.code == 'organisation' }.items[0].provenance.secondPublisher", equalTo("none"))
                .body("find { it.code == 'organisation' }.items[0].provenance.corroboratedBy", hasSize(0));
    }

    @Test
    void measuresFilteredByFactorItemAndKind() {
        given().queryParam("factor", "land")
                .get("/api/v1/measures")
                .then()
                .statusCode(200)
                .body("factorCode", everyItem(equalTo("land")))
                .body("code", hasItems("5.1", "5.2", "9.3"));
        given().queryParam("item", "5")
                .get("/api/v1/measures")
                .then()
                .statusCode(200)
                .body("code", org.hamcrest.Matchers.contains("5.1", "5.2", "5.3", "5.4"));
        given().queryParam("kind", "target")
                .get("/api/v1/measures")
                .then()
                .statusCode(200)
                .body("code", hasItems("4.1", "4.2", "4.3", "4.4"))
                .body("trackable", everyItem(equalTo(true)));
        given().get("/api/v1/measures/5.2")
                .then()
                .statusCode(200)
                .body("textZh", equalTo("允许符合条件的地区探索城乡建设用地增减挂钩节余指标跨省域调剂使用机制。"))
                .body("kind", equalTo("action"));
    }

    @Test
    void unknownCatalogueKeysAndBadFilters() {
        problem(given().get("/api/v1/measures/99.9").then(), 404)
                .body("detail", equalTo("Measure '99.9' does not exist"));
        problem(given().queryParam("factor", "nope").get("/api/v1/measures").then(), 404);
        problem(given().queryParam("item", "x").get("/api/v1/measures").then(), 400)
                .body("violations[0].field", equalTo("item"));
        problem(given().queryParam("kind", "wish").get("/api/v1/measures").then(), 400);
    }

    @Test
    void adminCompletesTheCatalogueThroughTheApi() {
        json().body(Map.of("number", 40, "factorCode", "capital", "titleZh", "测试资本条目", "titleEn", "Test capital item"))
                .post("/api/v1/items")
                .then()
                .statusCode(201)
                .header("Location", startsWith("http"))
                .body("numeralZh", equalTo("四十"))
                .body("source", equalTo("admin"));
        problem(
                json().body(Map.of("number", 40, "factorCode", "capital", "titleZh", "重复", "titleEn", "Dup"))
                        .post("/api/v1/items")
                        .then(),
                409);

        json().body(Map.of("itemNumber", 40, "kind", "action", "textZh", "第一条测试措施。"))
                .post("/api/v1/measures")
                .then()
                .statusCode(201)
                .body("code", equalTo("40.1"))
                .body("factorCode", equalTo("capital"));
        json().body(Map.of("itemNumber", 40, "kind", "action", "textZh", "第二条测试措施。"))
                .post("/api/v1/measures")
                .then()
                .statusCode(201)
                .body("code", equalTo("40.2"));
        json().body(Map.of(
                        "itemNumber",
                        40,
                        "seq",
                        2,
                        "kind",
                        "target",
                        "textZh",
                        "第二条测试措施（更正）。",
                        "summaryEn",
                        "Corrected"))
                .put("/api/v1/measures/40.2")
                .then()
                .statusCode(200)
                .body("kind", equalTo("target"))
                .body("textZh", equalTo("第二条测试措施（更正）。"));
        problem(
                json().body(Map.of("itemNumber", 5, "kind", "action", "textZh", "x"))
                        .put("/api/v1/measures/40.2")
                        .then(),
                400);

        given().queryParam("factor", "capital").get("/api/v1/measures").then().body("code", hasItems("40.1", "40.2"));
        Api.asAdmin().delete("/api/v1/measures/40.1").then().statusCode(204);
        problem(given().get("/api/v1/measures/40.1").then(), 404);

        // A measure carried out by a task cannot be deleted.
        String region = Api.newRegion();
        Map<String, Object> task = Api.taskBody(region);
        task.put("measureCode", "40.2");
        Api.newTask(task);
        problem(Api.asAdmin().delete("/api/v1/measures/40.2").then(), 409);
        problem(Api.asAdmin().delete("/api/v1/measures/4.2").then(), 409); // sets a milestone

        json().body(Map.of("number", 40, "factorCode", "technology", "titleZh", "改到技术", "titleEn", "Moved"))
                .put("/api/v1/items/40")
                .then()
                .statusCode(200)
                .body("factorCode", equalTo("technology"));
        problem(
                json().body(Map.of("number", 41, "factorCode", "technology", "titleZh", "x", "titleEn", "x"))
                        .put("/api/v1/items/41")
                        .then(),
                404);
        problem(
                json().body(Map.of("number", 42, "factorCode", "nope", "titleZh", "x", "titleEn", "x"))
                        .post("/api/v1/items")
                        .then(),
                404);
    }

    @Test
    void factorTitlesCanBeCorrected() {
        json().body(Map.of("titleZh", "健全要素市场治理", "titleEn", "Improving Factor-Market Governance (corrected)"))
                .put("/api/v1/factors/market_governance")
                .then()
                .statusCode(200)
                .body("titleEn", equalTo("Improving Factor-Market Governance (corrected)"))
                .body("source", equalTo("admin"));
        problem(
                        json().body(Map.of("titleZh", "", "titleEn", "x"))
                                .put("/api/v1/factors/market_governance")
                                .then(),
                        400)
                .body("violations.field", hasItems("titleZh"));
        problem(
                json().body(Map.of("titleZh", "x", "titleEn", "x"))
                        .put("/api/v1/factors/nope")
                        .then(),
                404);
        given().get("/api/v1/factors").then().body("$", hasSize(10));
    }
}
