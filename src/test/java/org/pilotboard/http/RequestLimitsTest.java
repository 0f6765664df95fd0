package org.pilotboard.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.pilotboard.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** Too long a request line or too many header bytes: answered by the app, with its headers and problem+json. */
@QuarkusTest
class RequestLimitsTest {

    private static ValidatableResponse withSecurityHeaders(ValidatableResponse response) {
        return response.header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("strict-origin-when-cross-origin"));
    }

    @Test
    void aRequestLineOver4KbIsA414ProblemOnEveryApiPath() {
        String longValue = "x".repeat(5000);
        for (String path : new String[] {
            "/api/v1/tasks", "/api/v1/status-updates", "/api/v1/audit", "/api/v1/feed.atom", "/api/v1/no-such"
        }) {
            withSecurityHeaders(
                            problem(given().queryParam("q", longValue).get(path).then(), 414))
                    .body("type", equalTo("urn:pilotboard:problem:http-414"))
                    .body("detail", containsString("4096"));
        }
        // Pages get the security headers too, with a plain-text body.
        withSecurityHeaders(given().queryParam("q", longValue)
                        .get("/console")
                        .then()
                        .statusCode(414))
                .contentType(containsString("text/plain"));
        // Under the limit the request goes on as usual.
        given().queryParam("q", "x".repeat(3000)).get("/api/v1/tasks").then().statusCode(not(equalTo(414)));
    }

    @Test
    void headersOver20KbAreA431Problem() {
        withSecurityHeaders(problem(
                        given().header("X-Filler", "y".repeat(21_000))
                                .get("/api/v1/tasks")
                                .then(),
                        431))
                .body("type", equalTo("urn:pilotboard:problem:http-431"));
        given().header("X-Filler", "y".repeat(8_000)).get("/api/v1/plan").then().statusCode(200);
    }
}
