package org.pilotboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document passes Spectral's oas ruleset and the OWASP API security ruleset with no error
 * and no warning (src/test/openapi-lint/.spectral.yaml says which rules are off and why). It lints the
 * frontend's snapshot, which OpenApiSnapshotTest keeps equal to the server's /q/openapi.
 */
class OpenApiLintIT {

    private static final File LINT = new File("src/test/openapi-lint");

    @Test
    void theApiDocumentPassesSpectral() throws Exception {
        assertTrue(new File("frontend/src/api/openapi.json").isFile(), "the snapshot of /q/openapi");
        if (!new File(LINT, "node_modules/@stoplight/spectral-owasp-ruleset").exists()) {
            assertEquals(
                    0,
                    Processes.run(LINT, List.of("npm", "install", "--no-audit", "--no-fund"), Map.of()),
                    "npm install");
        }
        assertEquals(
                0,
                Processes.run(LINT, List.of("npm", "run", "lint"), Map.of()),
                "spectral lint: an error or a warning fails (see its output above)");
    }
}
