package org.pilotboard.region;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.pilotboard.Api.json;
import static org.pilotboard.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pilotboard.Api;

@QuarkusTest
class RegionResourceTest {

    private static Map<String, Object> body(String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("nameZh", "测试都市圈");
        body.put("nameEn", "Test Metropolitan Area");
        body.put("type", "metropolitan_area");
        body.put("provinces", List.of("测试省"));
        body.put("cities", List.of("甲市", "乙市"));
        body.put("approval", Map.of("docNumber", "国函〔2025〕86号", "approvedOn", "2025-09-11", "termEnd", "2027-09-10"));
        body.put("notes", "Boundary not verified.");
        return body;
    }

    @Test
    void theTenApprovedPilotsAreShipped() {
        given().get("/api/v1/regions")
                .then()
                .statusCode(200)
                .body(
                        "code",
                        hasItems(
                                "beijing-sub-centre",
                                "sunan",
                                "hangzhou-ningbo-wenzhou",
                                "hefei-metro",
                                "fuzhou-xiamen-quanzhou",
                                "zhengzhou",
                                "changsha-zhuzhou-xiangtan",
                                "gba-mainland-nine",
                                "chongqing",
                                "chengdu"))
                .body("find { it.code == 'gba-mainland-nine' }.cities.size()", equalTo(9))
                .body("find { it.code == 'hefei-metro' }.type", equalTo("metropolitan_area"))
                .body("find { it.code == 'hefei-metro' }.approval.termEnd", equalTo("2027-09-10"))
                .body("find { it.code == 'sunan' }.notes", org.hamcrest.Matchers.containsString("not verified"))
                .body("find { it.code == 'sunan' }.cities", hasItems("南京市", "镇江市"))
                .body("find { it.code == 'zhengzhou' }.localDocuments[0].docNumber", equalTo("豫政〔2025〕28号"))
                .body(
                        "find { it.code == 'zhengzhou' }.localDocuments[0].conflict",
                        org.hamcrest.Matchers.containsString("21"))
                .body(
                        "find { it.code == 'chongqing' }.localDocuments[0].sources[0].url",
                        org.hamcrest.Matchers.startsWith("http"))
                .body(
                        "find { it.code == 'hefei-metro' }.reportedTasks[0].saidBy",
                        org.hamcrest.Matchers.containsString("2025-09-11"))
                .body("find { it.code == 'chengdu' }.localDocuments", org.hamcrest.Matchers.empty());
    }

    @Test
    void createReadConditionallyReplaceAndDelete() {
        String code = "create-test-" + System.nanoTime() % 100000;
        String etag = json().body(body(code))
                .post("/api/v1/regions")
                .then()
                .statusCode(201)
                .header("Location", endsWith("/api/v1/regions/" + code))
                .body("version", equalTo(0))
                .body("demo", equalTo(false))
                .extract()
                .header("ETag");
        assertEtag(etag, "0");
        given().get("/api/v1/regions/" + code)
                .then()
                .statusCode(200)
                .header("ETag", equalTo(etag))
                .body("cities", hasItems("甲市", "乙市"));
        given().header("If-None-Match", etag)
                .get("/api/v1/regions/" + code)
                .then()
                .statusCode(304);

        Map<String, Object> changed = body(code);
        changed.put("nameEn", "Renamed");
        problem(json().body(changed).put("/api/v1/regions/" + code).then(), 428);
        problem(
                json().header("If-Match", "\"7\"")
                        .body(changed)
                        .put("/api/v1/regions/" + code)
                        .then(),
                412);
        String newEtag = json().header("If-Match", etag)
                .body(changed)
                .put("/api/v1/regions/" + code)
                .then()
                .statusCode(200)
                .body("nameEn", equalTo("Renamed"))
                .body("version", equalTo(1))
                .extract()
                .header("ETag");
        problem(
                json().header("If-Match", etag)
                        .body(changed)
                        .put("/api/v1/regions/" + code)
                        .then(),
                412);

        changed.put("code", "other-code");
        problem(
                json().header("If-Match", newEtag)
                        .body(changed)
                        .put("/api/v1/regions/" + code)
                        .then(),
                400);

        problem(Api.asAdmin().delete("/api/v1/regions/" + code).then(), 428);
        Api.asAdmin()
                .header("If-Match", newEtag)
                .delete("/api/v1/regions/" + code)
                .then()
                .statusCode(204);
        problem(given().get("/api/v1/regions/" + code).then(), 404);
    }

    @Test
    void aRegionWithTasksIsNotDeleted() {
        String code = Api.newRegion();
        Api.newTask(code);
        String etag = given().get("/api/v1/regions/" + code).then().extract().header("ETag");
        problem(
                Api.asAdmin()
                        .header("If-Match", etag)
                        .delete("/api/v1/regions/" + code)
                        .then(),
                409);
        given().get("/api/v1/regions/" + code).then().statusCode(200);
    }

    @Test
    void invalidRegionsAreRefusedWithTheField() {
        problem(json().body(body("hefei-metro")).post("/api/v1/regions").then(), 409);
        problem(json().body(body("Bad Code!")).post("/api/v1/regions").then(), 400)
                .body("violations[0].field", equalTo("code"));
        Map<String, Object> noCode = body(null);
        problem(json().body(noCode).post("/api/v1/regions").then(), 400).body("violations[0].field", equalTo("code"));
        Map<String, Object> badType = body("bad-type");
        badType.put("type", "province");
        problem(json().body(badType).post("/api/v1/regions").then(), 400).body("violations[0].field", equalTo("type"));
        Map<String, Object> badDates = body("bad-dates");
        badDates.put("approval", Map.of("approvedOn", "2025-09-11", "termEnd", "2024-01-01"));
        problem(json().body(badDates).post("/api/v1/regions").then(), 400)
                .body("violations[0].field", equalTo("approval.termEnd"));
        Map<String, Object> badUrl = body("bad-url");
        badUrl.put("sourceUrls", List.of("javascript:alert(1)"));
        problem(json().body(badUrl).post("/api/v1/regions").then(), 400);
        problem(given().get("/api/v1/regions/no-such-region").then(), 404);
    }

    private static void assertEtag(String etag, String version) {
        org.junit.jupiter.api.Assertions.assertEquals("\"" + version + "\"", etag);
    }
}
