package org.pilotboard.http;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pilotboard.Api;

/** Lists carry RFC 8288 Link headers (first, prev, next, last) that agree with the body's paging fields. */
@QuarkusTest
class PageLinksTest {

    private static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"([a-z]+)\"");

    /** rel to target, in the header's order. */
    static Map<String, String> links(Response response) {
        String header = response.header("Link");
        Map<String, String> links = new LinkedHashMap<>();
        if (header == null) {
            return links;
        }
        Matcher m = LINK.matcher(header);
        while (m.find()) {
            links.put(m.group(2), m.group(1));
        }
        return links;
    }

    @Test
    void followingNextVisitsEveryPageOnceAndKeepsTheFilters() {
        String region = Api.newRegion();
        List<Long> created = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            created.add(Api.newTask(region));
        }
        List<Long> seen = new ArrayList<>();
        String url = "/api/v1/tasks?region=" + region + "&sort=id&size=1";
        int pages = 0;
        while (url != null) {
            Response response = given().accept("application/json").get(url);
            response.then().statusCode(200);
            int page = response.jsonPath().getInt("page");
            assertEquals(pages, page, "next leads to the following page");
            assertEquals(3, response.jsonPath().getInt("totalPages"));
            seen.addAll(response.jsonPath().getList("items.id", Long.class));
            Map<String, String> links = links(response);
            assertTrue(links.get("first").contains("page=0"), links.toString());
            assertTrue(links.get("last").contains("page=2"), links.toString());
            for (String target : links.values()) {
                assertTrue(target.startsWith("http"), "absolute: " + target);
                assertTrue(target.contains("region=" + region), target);
                assertTrue(target.contains("size=1") && target.contains("sort=id"), target);
            }
            if (page == 0) {
                assertNull(links.get("prev"), "no prev on the first page");
            } else {
                assertTrue(links.get("prev").contains("page=" + (page - 1)), links.toString());
            }
            if (page == 2) {
                assertNull(links.get("next"), "no next on the last page");
            }
            url = links.get("next") == null ? null : links.get("next").replaceAll("^https?://[^/]+", "");
            pages++;
        }
        assertEquals(3, pages);
        assertEquals(created, seen);
        assertEquals(
                List.of("first", "prev", "next", "last"),
                new ArrayList<>(links(given().accept("application/json")
                                .get("/api/v1/tasks?region=" + region + "&sort=id&size=1&page=1"))
                        .keySet()));
    }

    @Test
    void anEmptyListLinksToPageZeroOnly() {
        String region = Api.newRegion();
        Map<String, String> links = links(given().get("/api/v1/tasks?region=" + region));
        assertEquals(List.of("first", "last"), new ArrayList<>(links.keySet()));
        assertTrue(links.get("last").contains("page=0"));
    }

    @Test
    void everyPagedListHasLinks() {
        String region = Api.newRegion();
        Api.newTask(region);
        for (String path : List.of(
                "/api/v1/tasks?size=1",
                "/api/v1/status-updates?size=1",
                "/api/v1/audit?size=1",
                "/api/v1/users?size=1")) {
            Response response = Api.asAdmin().accept("application/json").get(path);
            response.then().statusCode(200);
            Map<String, String> links = links(response);
            assertTrue(links.containsKey("first") && links.containsKey("last"), path + ": " + links);
        }
        // not on a single record, nor on an error
        assertFalse(links(given().get("/api/v1/regions/" + region)).containsKey("first"));
        assertFalse(links(given().get("/api/v1/tasks?size=0")).containsKey("first"));
    }

    @Test
    void theDocumentDeclaresTheLinkHeaderOnEveryPagedList() {
        var doc = given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .extract()
                .jsonPath();
        for (String path : List.of("/api/v1/tasks", "/api/v1/status-updates", "/api/v1/audit", "/api/v1/users")) {
            assertTrue(
                    doc.getMap("paths.'" + path + "'.get.responses.200.headers").containsKey("Link"), path);
        }
    }
}
