package org.pilotboard.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(DemoDataTest.WithDemoData.class)
class DemoDataTest {

    public static class WithDemoData implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pilotboard.demo-data", "true");
        }
    }

    @Inject
    DemoDataLoader loader;

    private static JsonPath tasks(String query) {
        return given().get("/api/v1/tasks?size=200&" + query)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void demoTasksAreLoadedOnceAndAllMarkedDemo() {
        JsonPath all = tasks("");
        long total = all.getLong("totalItems");
        long perChapter = 0;
        for (var region :
                given().get("/api/v1/regions").then().extract().jsonPath().getList("code", String.class)) {
            perChapter += DemoDataLoader.EMPHASIS
                    .getOrDefault(region, DemoDataLoader.DEFAULT_EMPHASIS)
                    .size();
        }
        assertEquals(
                10 * 9 + perChapter,
                total,
                "ten regions, nine land and labour tasks each (version 1), one per emphasised chapter (version 2)");
        given().get("/api/v1/tasks?size=200").then().body("items.demo", everyItem(equalTo(true)));
        assertEquals(0, loader.load(), "a second load adds nothing");
        assertEquals(total, tasks("").getLong("totalItems"));
    }

    @Test
    void theDemoCoversEveryTrackableChapterAndEachPilotsOwnEmphasis() {
        for (String factor : List.of(
                "land",
                "labour",
                "capital",
                "technology",
                "data",
                "resources_environment",
                "market_governance",
                "coordination",
                "organisation")) {
            assertTrue(tasks("factor=" + factor).getLong("totalItems") > 0, "demo tasks on " + factor);
        }
        assertTrue(
                tasks("region=chongqing&factor=technology").getLong("totalItems") >= 2,
                "Chongqing's action plan opens with technology");
        JsonPath summary =
                given().get("/api/v1/dashboard/summary").then().extract().jsonPath();
        for (String factor : List.of("capital", "technology", "data", "market_governance", "organisation")) {
            assertTrue(
                    summary.getLong("byFactor.find { it.code == '" + factor + "' }.counts.tasks") > 0,
                    "the overview shows " + factor);
        }
    }

    @Test
    void realRegionsAreNotAltered() {
        given().get("/api/v1/regions")
                .then()
                .statusCode(200)
                .body("demo", everyItem(equalTo(false)))
                .body("version", everyItem(equalTo(0)));
    }

    @Test
    void theDemoTellsEveryKindOfStory() {
        assertTrue(tasks("status=completed").getLong("totalItems") > 10);
        assertTrue(tasks("status=delayed").getLong("totalItems") > 0);
        assertTrue(tasks("status=suspended").getLong("totalItems") > 0);
        assertTrue(tasks("status=not_started").getLong("totalItems") > 0);
        assertTrue(tasks("overdue=true").getLong("totalItems") > 0);
        assertTrue(tasks("stale=true").getLong("totalItems") > 0);
        List<Map<String, Object>> completed =
                tasks("status=completed&milestone=2025").getList("items");
        assertTrue(
                completed.stream()
                        .anyMatch(t -> LocalDate.parse((String) t.get("actualEnd"))
                                .isBefore(LocalDate.parse((String) t.get("plannedEnd")))),
                "some completed early");
        assertTrue(
                completed.stream()
                        .anyMatch(t -> LocalDate.parse((String) t.get("actualEnd"))
                                .isAfter(LocalDate.parse((String) t.get("plannedEnd")))),
                "some completed late");
        List<Map<String, Object>> slipped = tasks("").<Map<String, Object>>getList("items").stream()
                .filter(t -> ((Number) t.get("slipDays")).intValue() > 0)
                .toList();
        assertFalse(slipped.isEmpty(), "some planned dates were revised");
        assertEquals(
                10,
                tasks("milestone=2022H1&status=completed").getLong("totalItems"),
                "each pilot's implementation plan, approved late in 2025");
    }

    @Test
    void historiesFitEachRegionsApprovalAndNeverTheFuture() {
        Map<String, LocalDate> approved = new java.util.HashMap<>();
        given().get("/api/v1/regions")
                .then()
                .extract()
                .jsonPath()
                .<Map<String, Object>>getList("$")
                .forEach(r -> approved.put((String) r.get("code"), LocalDate.parse((String)
                        ((Map<?, ?>) r.get("approval")).get("approvedOn"))));
        Set<String> regions = new HashSet<>();
        for (Map<String, Object> task : tasks("milestone=2025").<Map<String, Object>>getList("items")) {
            String region = (String) task.get("regionCode");
            regions.add(region);
            assertFalse(
                    LocalDate.parse((String) task.get("plannedStart")).isBefore(approved.get(region)),
                    "starts after approval");
            JsonPath history =
                    given().get("/api/v1/tasks/" + task.get("id") + "/updates").jsonPath();
            Instant previous = Instant.MIN;
            for (String at : history.getList("recordedAt", String.class)) {
                Instant recorded = Instant.parse(at);
                assertFalse(recorded.isBefore(previous), "history in order");
                assertFalse(recorded.isAfter(Instant.now()), "no update in the future");
                assertFalse(
                        recorded.isBefore(approved.get(region)
                                .atStartOfDay(java.time.ZoneOffset.UTC)
                                .toInstant()),
                        "no pilot update before the approval");
                previous = recorded;
            }
            assertTrue(history.getList("demo", Boolean.class).stream().allMatch(Boolean::booleanValue));
        }
        assertEquals(10, regions.size());
    }
}
