package org.pilotboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The OpenAPI document the build wrote (target/openapi) passes Spectral's oas ruleset without errors. */
class OpenApiLintIT {

    private static final File LINT = new File("src/test/openapi-lint");

    @Test
    void theApiDocumentPassesSpectral() throws Exception {
        assertTrue(new File("target/openapi/openapi.yaml").isFile(), "the build writes target/openapi/openapi.yaml");
        if (!new File(LINT, "node_modules/.bin/spectral").exists()) {
            assertEquals(
                    0,
                    Processes.run(LINT, List.of("npm", "install", "--no-audit", "--no-fund"), Map.of()),
                    "npm install");
        }
        assertEquals(
                0,
                Processes.run(LINT, List.of("npm", "run", "lint"), Map.of()),
                "spectral lint (errors fail, warnings are shown)");
    }
}
