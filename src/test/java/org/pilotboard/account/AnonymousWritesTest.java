package org.pilotboard.account;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Walks every operation of the OpenAPI document: each write refuses an anonymous caller. */
@QuarkusTest
class AnonymousWritesTest {

    @Test
    @SuppressWarnings("unchecked")
    void everyWriteOperationRefusesAnAnonymousCaller() {
        Map<String, Map<String, Object>> paths = given().queryParam("format", "json")
                .get("/q/openapi")
                .jsonPath()
                .getMap("paths");
        List<String> checked = new ArrayList<>();
        paths.forEach((path, operations) -> operations.keySet().forEach(method -> {
            if (method.equals("get") || path.equals("/api/v1/auth/login")) {
                return;
            }
            String url =
                    path.replace("{id}", "1").replace("{code}", "hefei-metro").replace("{number}", "5");
            url = url.replace("{deliveryId}", "1");
            Response response = given().contentType("application/json")
                    .header("If-Match", "\"0\"")
                    .body("{}")
                    .request(method.toUpperCase(), url);
            assertEquals(401, response.statusCode(), method.toUpperCase() + " " + path + ": " + response.asString());
            assertEquals("application/problem+json", response.contentType());
            checked.add(method.toUpperCase() + " " + path);
        }));
        assertTrue(checked.size() >= 20, "walked the writes: " + checked);
        assertTrue(checked.contains("POST /api/v1/tasks/{id}/updates"));
        assertTrue(checked.contains("DELETE /api/v1/tokens/{id}"));
    }
}
