package org.pilotboard.feed;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pilotboard.Api.json;
import static org.pilotboard.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.pilotboard.Api;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

@QuarkusTest
class FeedResourceTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static String child(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(ATOM, name);
        assertTrue(nodes.getLength() > 0, parent.getLocalName() + " has " + name);
        return nodes.item(0).getTextContent();
    }

    @Test
    void statusUpdatesAsAValidAtomFeed() throws Exception {
        String region = Api.newRegion();
        long task = Api.newTask(region);
        String payload = "<script>alert(1)</script> & 进展";
        json().body(Map.of("status", "in_progress", "progress", 25, "comment", payload))
                .post("/api/v1/tasks/" + task + "/updates")
                .then()
                .statusCode(201);
        json().body(Map.of("status", "delayed", "progress", 30, "comment", "滞后原因"))
                .post("/api/v1/tasks/" + task + "/updates")
                .then()
                .statusCode(201);

        byte[] body = given().queryParam("region", region)
                .get("/api/v1/feed.atom")
                .then()
                .statusCode(200)
                .contentType("application/atom+xml")
                .extract()
                .asByteArray();
        Document doc = parse(body);
        Element feed = doc.getDocumentElement();
        assertEquals(ATOM, feed.getNamespaceURI());
        assertEquals("feed", feed.getLocalName());
        // RFC 4287: a feed has id, title, updated and an author (or every entry has one); entries the same.
        assertTrue(child(feed, "id").startsWith("urn:pilotboard:feed:status-updates:region:"));
        assertFalse(child(feed, "title").isBlank());
        Instant updated = Instant.parse(child(feed, "updated"));
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        assertEquals(2, entries.getLength());
        Element newest = (Element) entries.item(0);
        assertEquals(updated, Instant.parse(child(newest, "updated")));
        assertTrue(child(newest, "id").startsWith("urn:pilotboard:status-update:"));
        assertTrue(child(newest, "title").contains("delayed"));
        assertEquals(
                "Administrator",
                child((Element) newest.getElementsByTagNameNS(ATOM, "author").item(0), "name"));
        Element link = (Element) newest.getElementsByTagNameNS(ATOM, "link").item(0);
        assertTrue(link.getAttribute("href").endsWith("/tasks/" + task));
        Element older = (Element) entries.item(1);
        assertTrue(child(older, "content").contains(payload), "user text survives as text");
        assertFalse(new String(body, java.nio.charset.StandardCharsets.UTF_8).contains("<script>"), "and is escaped");
        assertNotNull(feed.getElementsByTagNameNS(ATOM, "link").item(0));
    }

    @Test
    void filtersAndBounds() throws Exception {
        String region = Api.newRegion();
        long task = Api.newTask(region);
        json().body(Map.of("status", "in_progress", "progress", 5))
                .post("/api/v1/tasks/" + task + "/updates")
                .then()
                .statusCode(201);
        Document land = parse(given().queryParam("region", region)
                .queryParam("factor", "land")
                .get("/api/v1/feed.atom")
                .asByteArray());
        assertEquals(
                1,
                land.getDocumentElement().getElementsByTagNameNS(ATOM, "entry").getLength());
        Document labour = parse(given().queryParam("region", region)
                .queryParam("factor", "labour")
                .get("/api/v1/feed.atom")
                .asByteArray());
        assertEquals(
                0,
                labour.getDocumentElement()
                        .getElementsByTagNameNS(ATOM, "entry")
                        .getLength());
        Document one =
                parse(given().queryParam("limit", 1).get("/api/v1/feed.atom").asByteArray());
        assertEquals(
                1,
                one.getDocumentElement().getElementsByTagNameNS(ATOM, "entry").getLength());
        problem(given().queryParam("limit", 1000).get("/api/v1/feed.atom").then(), 400);
    }
}
