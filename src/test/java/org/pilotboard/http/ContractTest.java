package org.pilotboard.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pilotboard.Api;

/**
 * The contract as a generated client reads it (issue 20): what the document declares, and that the
 * server answers the requests such a client sends.
 */
@QuarkusTest
class ContractTest {

    private static final String PROBLEM = "application/problem+json";

    private static JsonPath document() {
        return given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    // --- Accept: application/problem+json, the one type some clients find for a bodiless answer -------

    @Test
    void aDeleteThatAcceptsOnlyProblemJsonIsDone() {
        String region = Api.newRegion();
        long task = Api.newTask(region);
        Api.asAdmin()
                .accept(PROBLEM)
                .header("If-Match", Api.etag(task))
                .delete("/api/v1/tasks/" + task)
                .then()
                .statusCode(204)
                .body(emptyString());
        Api.asAdmin()
                .accept(PROBLEM)
                .get("/api/v1/tasks/" + task)
                .then()
                .statusCode(404)
                .contentType(PROBLEM);
    }

    @Test
    void signingOutWithProblemJsonAcceptIsDone() {
        String token = Api.login(Api.ADMIN, Api.ADMIN_PASSWORD);
        given().auth()
                .oauth2(token)
                .accept(PROBLEM)
                .post("/api/v1/auth/logout")
                .then()
                .statusCode(204);
        given().auth().oauth2(token).accept(PROBLEM).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void theFeedAndTheTemplateAnswerAClientThatAcceptsOnlyProblemJson() {
        given().accept(PROBLEM)
                .get("/api/v1/feed.atom")
                .then()
                .statusCode(200)
                .contentType(startsWith("application/atom+xml"))
                .body(containsString("<feed"));
        given().accept(PROBLEM)
                .get("/api/v1/imports/template")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"));
        // and its errors stay problems
        Api.problem(given().accept(PROBLEM).get("/api/v1/feed.atom?limit=0").then(), 400);
    }

    @Test
    void aListThatAcceptsOnlyProblemJsonGetsJson() {
        given().accept(PROBLEM)
                .get("/api/v1/tasks?size=1")
                .then()
                .statusCode(200)
                .contentType(startsWith("application/json"))
                .body("page", equalTo(0));
    }

    // --- one operation per representation ---------------------------------------------------------------

    @Test
    void theExportsAreOperationsOfTheirOwn() {
        String region = Api.newRegion();
        long task = Api.newTask(region);
        String csv = given().get("/api/v1/tasks.csv?region=" + region)
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString(".csv"))
                .extract()
                .asString();
        assertEquals(2, csv.strip().lines().count(), "a heading and the one task: " + csv);
        assertTrue(csv.contains(Long.toString(task)), csv);
        given().accept(PROBLEM)
                .get("/api/v1/tasks.xlsx?region=" + region)
                .then()
                .statusCode(200)
                .contentType(startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        given().get("/api/v1/status-updates.csv?region=" + region)
                .then()
                .statusCode(200)
                .contentType(startsWith("text/csv"));
        given().get("/api/v1/status-updates.xlsx?region=" + region)
                .then()
                .statusCode(200)
                .contentType(startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        Api.problem(given().get("/api/v1/tasks.csv?status=finished").then(), 400);
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachOperationHasOneRepresentationAndDownloadsAreBinary() {
        JsonPath doc = document();
        Map<String, Object> list = doc.getMap("paths.'/api/v1/tasks'.get.responses.200.content");
        assertEquals(List.of("application/json"), new ArrayList<>(list.keySet()));
        Map<String, Object> history = doc.getMap("paths.'/api/v1/status-updates'.get.responses.200.content");
        assertEquals(List.of("application/json"), new ArrayList<>(history.keySet()));
        for (String path : List.of(
                "/api/v1/tasks.csv",
                "/api/v1/tasks.xlsx",
                "/api/v1/status-updates.csv",
                "/api/v1/status-updates.xlsx",
                "/api/v1/feed.atom",
                "/api/v1/imports/template")) {
            Map<String, Map<String, Object>> content = doc.getMap("paths.'" + path + "'.get.responses.200.content");
            assertFalse(content.isEmpty(), path);
            content.forEach((type, media) -> {
                Map<String, Object> schema = (Map<String, Object>) media.get("schema");
                assertEquals("binary", schema.get("format"), path + " " + type + " is a file");
            });
        }
        assertEquals(
                List.of("application/atom+xml"),
                new ArrayList<>(doc.getMap("paths.'/api/v1/feed.atom'.get.responses.200.content")
                        .keySet()));
    }

    // --- security, preconditions and servers in the document -------------------------------------------

    @Test
    @SuppressWarnings("unchecked")
    void publicReadsDeclareOptionalSecurityAndWritesRequireIt() {
        JsonPath doc = document();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        List<Object> optional = List.of(Map.of(), Map.of("bearer", List.of()));
        List<Object> required = List.of(Map.of("bearer", List.of()));
        for (String path : List.of("/api/v1/tasks", "/api/v1/tasks/{id}", "/api/v1/tasks/{id}/updates")) {
            assertEquals(optional, paths.get(path).get("get").get("security"), path);
            assertNotNull(
                    ((Map<String, Object>) paths.get(path).get("get").get("responses")).get("401"),
                    path + ": a bad token is 401");
        }
        assertEquals(required, paths.get("/api/v1/tasks/{id}").get("patch").get("security"));
        assertEquals(required, paths.get("/api/v1/me").get("get").get("security"));
        paths.forEach((path, item) -> item.forEach((method, op) -> {
            if (!path.equals("/api/v1/auth/login")) {
                assertNotNull(op.get("security"), method + " " + path + " declares its security");
            }
        }));
    }

    @Test
    void aTokenOnAPublicReadShowsTheSignedInView() {
        String region = Api.newRegion();
        Map<String, Object> body = Api.taskBody(region);
        body.put("internalNote", "仅内部可见 internal only");
        long task = Api.newTask(body);
        Api.anonymous().get("/api/v1/tasks/" + task).then().statusCode(200).body("internalNote", equalTo(null));
        Api.json()
                .get("/api/v1/tasks/" + task)
                .then()
                .statusCode(200)
                .body("internalNote", equalTo("仅内部可见 internal only"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void postStatusUpdateDeclaresItsPreconditionFailure() {
        JsonPath doc = document();
        Map<String, Object> conflict = doc.getMap("paths.'/api/v1/tasks/{id}/updates'.post.responses.412");
        assertNotNull(conflict, "412 declared");
        assertNotNull(((Map<String, Object>) conflict.get("content")).get(PROBLEM), "with its problem body");
        String region = Api.newRegion();
        long task = Api.newTask(region);
        Api.problem(
                        Api.json()
                                .header("If-Match", "\"999\"")
                                .body(Map.of("status", "in_progress", "progress", 10))
                                .post("/api/v1/tasks/" + task + "/updates")
                                .then(),
                        412)
                .body("type", equalTo("urn:pilotboard:problem:precondition-failed"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationThatAnswers304TakesIfNoneMatch() {
        JsonPath doc = document();
        Map<String, Map<String, Map<String, Object>>> paths = doc.getMap("paths");
        List<String> with304 = new ArrayList<>();
        paths.forEach((path, item) -> item.forEach((method, op) -> {
            Map<String, Object> responses = (Map<String, Object>) op.get("responses");
            if (responses.containsKey("304")) {
                with304.add(method + " " + path);
                List<Map<String, Object>> parameters =
                        (List<Map<String, Object>>) op.getOrDefault("parameters", List.of());
                assertTrue(
                        parameters.stream()
                                .anyMatch(p -> "If-None-Match".equals(p.get("name")) && "header".equals(p.get("in"))),
                        method + " " + path + " declares If-None-Match");
            }
        }));
        assertTrue(
                with304.containsAll(List.of(
                        "get /api/v1/tasks/{id}", "get /api/v1/regions/{code}", "get /api/v1/dashboard/summary")),
                with304.toString());
        // and the server honours it
        String region = Api.newRegion();
        long task = Api.newTask(region);
        given().header("If-None-Match", Api.etag(task))
                .get("/api/v1/tasks/" + task)
                .then()
                .statusCode(304);
    }

    @Test
    void theDocumentNamesItsServerContactAndUniqueOperations() {
        JsonPath doc = document();
        assertEquals("{scheme}://{host}", doc.getString("servers[0].url"));
        assertEquals("localhost:8080", doc.getString("servers[0].variables.host.default"));
        assertNotNull(doc.get("info.contact.name"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theMergePatchSchemaLetsOptionalFieldsBeNull() {
        Map<String, Map<String, Object>> properties = document().getMap("components.schemas.TaskPatch.properties");
        for (String field : List.of(
                "titleEn",
                "descriptionZh",
                "descriptionEn",
                "implementationDocNumber",
                "implementationDocUrl",
                "revisionReason",
                "internalNote")) {
            Object type = properties.get(field).get("type");
            assertTrue(type instanceof List<?> types && types.contains("null"), field + " is nullable: " + type);
        }
        for (String field : List.of("titleZh", "measureCode", "responsibleUnit")) {
            Object type = properties.get(field).get("type");
            assertFalse(type instanceof List<?> types && types.contains("null"), field + " is required: " + type);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasADescriptionAndExamplesOfItsJsonBodies() {
        Map<String, Map<String, Map<String, Object>>> paths = document().getMap("paths");
        paths.forEach((path, item) -> item.forEach((method, op) -> {
            String name = method + " " + path;
            assertNotNull(op.get("summary"), name);
            assertTrue(op.get("description") instanceof String d && d.length() > 40, name + " has a description");
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) op.get("responses");
            responses.forEach((code, response) -> {
                Map<String, Map<String, Object>> content =
                        (Map<String, Map<String, Object>>) response.getOrDefault("content", Map.of());
                Map<String, Object> json = content.getOrDefault("application/json", content.get(PROBLEM));
                if (json != null) {
                    assertNotNull(json.get("examples"), name + " " + code + " has an example");
                }
            });
            Map<String, Map<String, Map<String, Object>>> body =
                    (Map<String, Map<String, Map<String, Object>>>) op.get("requestBody");
            if (body != null && body.get("content").containsKey("application/json")) {
                assertNotNull(body.get("content").get("application/json").get("examples"), name + " request example");
            }
        }));
    }

    // --- an empty merge patch changes nothing ----------------------------------------------------------

    @Test
    void anEmptyMergePatchAnswersTheTaskUnchanged() {
        String region = Api.newRegion();
        long task = Api.newTask(region);
        Response before = Api.json().get("/api/v1/tasks/" + task);
        int audited = auditEntries(task);
        Response after = Api.asAdmin()
                .contentType("application/merge-patch+json")
                .accept("application/json")
                .header("If-Match", before.header("ETag"))
                .body("{}")
                .patch("/api/v1/tasks/" + task);
        after.then().statusCode(200).header("ETag", equalTo(before.header("ETag")));
        assertEquals(before.jsonPath().getInt("version"), after.jsonPath().getInt("version"));
        assertEquals(before.jsonPath().getString("updatedAt"), after.jsonPath().getString("updatedAt"));
        assertEquals(audited, auditEntries(task), "no audit entry");
        Api.json().get("/api/v1/tasks/" + task).then().header("ETag", equalTo(before.header("ETag")));
    }

    @Test
    void aMergePatchClearsAnOptionalFieldWithNull() {
        String region = Api.newRegion();
        Map<String, Object> body = Api.taskBody(region);
        body.put("titleEn", "To be cleared");
        long task = Api.newTask(body);
        Api.asAdmin()
                .contentType("application/merge-patch+json")
                .accept("application/json")
                .header("If-Match", Api.etag(task))
                .body("{\"titleEn\":null}")
                .patch("/api/v1/tasks/" + task)
                .then()
                .statusCode(200)
                .body("titleEn", equalTo(null));
    }

    private static int auditEntries(long task) {
        return Api.json()
                .queryParam("entityType", "task")
                .queryParam("entityId", task)
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getInt("totalItems");
    }
}
