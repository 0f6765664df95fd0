package org.pilotboard.http;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The OpenAPI document is complete enough for a generated client. */
@QuarkusTest
class OpenApiTest {

    private static final List<String> REQUIRED = List.of(
            "GET /api/v1/plan",
            "GET /api/v1/milestones",
            "GET /api/v1/factors",
            "GET /api/v1/measures",
            "GET /api/v1/regions",
            "POST /api/v1/regions",
            "GET /api/v1/regions/{code}",
            "PUT /api/v1/regions/{code}",
            "DELETE /api/v1/regions/{code}",
            "GET /api/v1/tasks",
            "POST /api/v1/tasks",
            "GET /api/v1/tasks/{id}",
            "PATCH /api/v1/tasks/{id}",
            "DELETE /api/v1/tasks/{id}",
            "GET /api/v1/tasks/{id}/updates",
            "POST /api/v1/tasks/{id}/updates",
            "GET /api/v1/dashboard/summary",
            "GET /api/v1/dashboard/timeline");

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationIsDocumented() {
        JsonPath doc = given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        Set<String> operations = new HashSet<>();
        Set<String> operationIds = new HashSet<>();
        paths.forEach((path, item) -> item.forEach((method, value) -> {
            String name = method.toUpperCase() + " " + path;
            operations.add(name);
            Map<String, Object> op = (Map<String, Object>) value;
            assertNotNull(op.get("operationId"), name + " has an operationId");
            assertTrue(operationIds.add((String) op.get("operationId")), name + " has a unique operationId");
            assertNotNull(op.get("summary"), name + " has a summary");
            assertFalse(((List<String>) op.get("tags")).isEmpty(), name + " has a tag");
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) op.get("responses");
            assertTrue(responses.keySet().stream().anyMatch(code -> code.startsWith("2")), name + " documents success");
            Map<String, Object> badRequest = responses.get("400");
            assertNotNull(badRequest, name + " documents 400");
            assertTrue(((Map<String, Object>) badRequest.get("content")).containsKey("application/problem+json"), name);
            if (!method.equals("get") && !method.equals("post")) {
                assertNotNull(responses.get("412"), name + " documents 412");
            }
            Map<String, Object> requestBody = (Map<String, Object>) op.get("requestBody");
            if (requestBody != null) {
                assertNotNull(requestBody.get("content"), name + " has a request schema");
            }
        }));
        for (String required : REQUIRED) {
            assertTrue(operations.contains(required), "missing " + required);
        }
        assertEquals("Pilotboard API", doc.getString("info.title"));
        assertNotNull(doc.get("components.schemas.Problem"));
        assertNotNull(doc.get("components.schemas.Task.properties.status"));
    }

    /** What a generated client needs (src/test/sdk-check generates one): a list operation, typed filters, required If-Match. */
    @Test
    @SuppressWarnings("unchecked")
    void theDocumentSaysWhatGeneratedClientsNeed() {
        JsonPath doc = given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals("listTasks", doc.getString("paths.'/api/v1/tasks'.get.operationId"));
        List<Map<String, Object>> filters = doc.getList("paths.'/api/v1/tasks'.get.parameters");
        Map<String, Object> status = filters.stream()
                .filter(p -> "status".equals(p.get("name")))
                .findFirst()
                .orElseThrow();
        assertEquals(false, status.get("explode"), "status=a,b");
        assertEquals(
                "#/components/schemas/TaskStatus",
                ((Map<String, Object>) ((Map<String, Object>) status.get("schema")).get("items")).get("$ref"));
        assertNull(doc.get("info.license"), "a license object needs a url or identifier");
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        Set<String> needIfMatch = new HashSet<>();
        paths.forEach((path, item) -> item.forEach((method, value) -> {
            Map<String, Object> op = (Map<String, Object>) value;
            List<Map<String, Object>> parameters = (List<Map<String, Object>>) op.getOrDefault("parameters", List.of());
            boolean required = parameters.stream()
                    .anyMatch(p -> "If-Match".equals(p.get("name")) && Boolean.TRUE.equals(p.get("required")));
            boolean documents428 = ((Map<String, Object>) op.get("responses")).containsKey("428");
            assertEquals(
                    required,
                    documents428,
                    method.toUpperCase() + " " + path + ": 428 exactly where If-Match is required");
            if (required) {
                needIfMatch.add(method.toUpperCase() + " " + path);
            }
        }));
        assertTrue(
                needIfMatch.containsAll(List.of(
                        "PATCH /api/v1/tasks/{id}",
                        "DELETE /api/v1/tasks/{id}",
                        "PUT /api/v1/regions/{code}",
                        "DELETE /api/v1/regions/{code}",
                        "PATCH /api/v1/users/{id}",
                        "DELETE /api/v1/users/{id}")),
                needIfMatch.toString());
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
