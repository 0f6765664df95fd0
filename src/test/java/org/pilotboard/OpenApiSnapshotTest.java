package org.pilotboard;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.File;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The frontend's API types are generated from a checked-in snapshot of the OpenAPI document
 * (frontend/src/api/openapi.json). This fails when the server's document has moved on, so that the
 * snapshot and the types are brought up to date with it in the same change.
 */
@QuarkusTest
class OpenApiSnapshotTest {

    private static final File SNAPSHOT = new File("frontend/src/api/openapi.json");
    private static final int SHOWN = 15;

    @Test
    void theFrontendSnapshotIsTheServersDocument() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        JsonNode live = mapper.readTree(given().accept("application/json")
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        JsonNode snapshot = mapper.readTree(SNAPSHOT);
        List<String> differences = new ArrayList<>();
        diff("", snapshot, live, differences);
        assertTrue(
                differences.isEmpty(),
                () -> "frontend/src/api/openapi.json is not the server's OpenAPI document ("
                        + differences.size() + " difference(s), first: "
                        + String.join(", ", differences.subList(0, Math.min(SHOWN, differences.size())))
                        + "). Start the app and run, in frontend/: PILOTBOARD_OPENAPI_URL=http://127.0.0.1:8080/q/openapi?format=json npm run api:snapshot"
                        + " (it regenerates src/api/schema.d.ts too), then commit both files.");
    }

    /** JSON pointers where the two trees differ (objects compared by key, whatever their order). */
    private static void diff(String at, JsonNode a, JsonNode b, List<String> out) {
        if (a.equals(b)) {
            return;
        }
        if (a.isObject() && b.isObject()) {
            Set<String> keys = new HashSet<>();
            a.fieldNames().forEachRemaining(keys::add);
            b.fieldNames().forEachRemaining(keys::add);
            for (String key : keys.stream().sorted().toList()) {
                String path = at + "/" + key.replace("~", "~0").replace("/", "~1");
                if (!a.has(key)) {
                    out.add(path + " (only on the server)");
                } else if (!b.has(key)) {
                    out.add(path + " (only in the snapshot)");
                } else {
                    diff(path, a.get(key), b.get(key), out);
                }
            }
            return;
        }
        out.add(at.isEmpty() ? "/" : at);
    }
}
