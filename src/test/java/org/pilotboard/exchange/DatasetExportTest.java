package org.pilotboard.exchange;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pilotboard.Api.json;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pilotboard.Api;

@QuarkusTest
class DatasetExportTest {

    @Test
    void everythingPublicInOneDocument() {
        Map<String, Object> body = Api.taskBody(Api.newRegion());
        body.put("internalNote", "不公开的备注");
        long task = Api.newTask(body);
        json().body(Map.of("status", "in_progress", "progress", 15, "comment", "导出前的进展"))
                .post("/api/v1/tasks/" + task + "/updates")
                .then()
                .statusCode(201);

        String text = given().get("/api/v1/export.json")
                .then()
                .statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.containsString(".json"))
                .extract()
                .asString();
        JsonPath doc = new JsonPath(text);
        for (String section : java.util.List.of(
                "plan", "milestones", "factors", "measures", "regions", "tasks", "statusUpdates", "revisions")) {
            assertTrue(text.contains("\"" + section + "\""), section);
        }
        assertEquals("国办发〔2021〕51号", doc.getString("plan.docNumber"));
        assertEquals(4, doc.getList("milestones").size());
        assertEquals(
                doc.getInt("plan.coverage.measures"), doc.getList("measures").size());
        assertTrue(doc.getList("tasks.id").contains((int) task));
        assertEquals("导出前的进展", doc.getString("statusUpdates.find { it.taskId == " + task + " }.comment"));
        assertEquals(
                given().get("/api/v1/tasks?size=1").jsonPath().getInt("totalItems"),
                doc.getList("tasks").size());
        assertFalse(text.contains("不公开的备注"), "internal notes stay private");
        assertFalse(text.contains("passwordHash") || text.contains("tokenHash"));
    }
}
