package org.pilotboard.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.pilotboard.Api.json;
import static org.pilotboard.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pilotboard.Api;

/** Every kind of bad input gets a 4xx problem+json naming the problem; never a 500 or a trace. */
@QuarkusTest
class BadInputTest {

    @Test
    void malformedJson() {
        problem(json().body("{\"regionCode\": ").post("/api/v1/tasks").then(), 400)
                .body("type", equalTo("urn:pilotboard:problem:malformed-json"));
        problem(json().body("{'single': 'quotes'}").post("/api/v1/regions").then(), 400);
        problem(
                json().body("{\"status\":\"in_progress\"} trailing")
                        .post("/api/v1/tasks/1/updates")
                        .then(),
                400);
    }

    @Test
    void fieldsOfTheWrongType() {
        problem(json().body("{\"regionCode\": 5}").post("/api/v1/tasks").then(), 400)
                .body("violations[0].field", equalTo("regionCode"));
        problem(
                        json().body("{\"status\": \"in_progress\", \"progress\": \"50\"}")
                                .post("/api/v1/tasks/1/updates")
                                .then(),
                        400)
                .body("violations[0].field", equalTo("progress"));
        problem(
                        json().body("{\"status\": \"in_progress\", \"progress\": 50.5}")
                                .post("/api/v1/tasks/1/updates")
                                .then(),
                        400)
                .body("violations[0].field", equalTo("progress"));
        problem(
                        json().body("{\"status\": \"completed\", \"evidence\": \"http://x\"}")
                                .post("/api/v1/tasks/1/updates")
                                .then(),
                        400)
                .body("violations[0].field", equalTo("evidence"));
        problem(
                json().body("{\"status\": [\"completed\"]}")
                        .post("/api/v1/tasks/1/updates")
                        .then(),
                400);
        problem(json().body("[]").post("/api/v1/regions").then(), 400);
    }

    @Test
    void unknownFieldsAndEnumValues() {
        problem(
                        json().body("{\"status\": \"in_progress\", \"progres\": 5}")
                                .post("/api/v1/tasks/1/updates")
                                .then(),
                        400)
                .body("violations[0].field", equalTo("progres"));
        problem(
                        json().body("{\"status\": \"finished\"}")
                                .post("/api/v1/tasks/1/updates")
                                .then(),
                        400)
                .body("violations[0].message", containsString("completed"));
        problem(json().body("{\"status\": 2}").post("/api/v1/tasks/1/updates").then(), 400);
    }

    @Test
    void outOfRangeNumbersAndBadDates() {
        problem(
                json().body("{\"status\": \"in_progress\", \"progress\": 101}")
                        .post("/api/v1/tasks/1/updates")
                        .then(),
                400);
        problem(
                json().body("{\"status\": \"in_progress\", \"progress\": -1}")
                        .post("/api/v1/tasks/1/updates")
                        .then(),
                400);
        problem(
                json().body("{\"status\": \"in_progress\", \"progress\": 1e400}")
                        .post("/api/v1/tasks/1/updates")
                        .then(),
                400);
        problem(
                json().body("{\"status\": \"in_progress\", \"progress\": 99999999999999999999}")
                        .post("/api/v1/tasks/1/updates")
                        .then(),
                400);
        Map<String, Object> body = Api.taskBody(Api.newRegion());
        body.put("plannedStart", "2025-02-30");
        problem(json().body(body).post("/api/v1/tasks").then(), 400)
                .body("violations[0].field", equalTo("plannedStart"));
        body.put("plannedStart", "31/12/2025");
        problem(json().body(body).post("/api/v1/tasks").then(), 400)
                .body("violations[0].field", equalTo("plannedStart"));
        body.put("plannedStart", "2028-01-01");
        problem(json().body(body).post("/api/v1/tasks").then(), 400)
                .body("violations[0].field", equalTo("plannedEnd"))
                .body("violations[0].message", containsString("before plannedStart"));
    }

    @Test
    void overLongText() {
        Map<String, Object> body = Api.taskBody(Api.newRegion());
        body.put("titleZh", "长".repeat(301));
        body.put("descriptionZh", "长".repeat(5001));
        problem(json().body(body).post("/api/v1/tasks").then(), 400)
                .body("violations.field", hasItems("titleZh", "descriptionZh"));
        problem(
                        json().body(Map.of("status", "in_progress", "comment", "x".repeat(5001)))
                                .post("/api/v1/tasks/1/updates")
                                .then(),
                        400)
                .body("violations[0].field", equalTo("comment"));
    }

    @Test
    void bodiesLargerThanTheLimitAreRefused() {
        String huge = "{\"status\":\"in_progress\",\"comment\":\"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        problem(
                Api.asAdmin()
                        .contentType("application/json")
                        .body(huge)
                        .post("/api/v1/tasks/1/updates")
                        .then(),
                413);
    }

    @Test
    void wrongMediaTypeRouteAndMethod() {
        problem(
                Api.asAdmin()
                        .contentType("text/plain")
                        .body("hello")
                        .post("/api/v1/tasks")
                        .then(),
                415);
        problem(given().get("/api/v1/nothing-here").then(), 404);
        problem(Api.asAdmin().delete("/api/v1/plan").then(), 405);
        problem(json().body("{}").post("/api/v1/tasks").then(), 400);
        problem(json().post("/api/v1/regions").then(), 400);
    }
}
