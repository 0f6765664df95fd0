package org.pilotboard.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The server's copy of the client routes matches as the router does (the browser test checks the statuses). */
class ClientRoutesTest {

    private final ClientRoutes routes = ClientRoutes.load();

    @Test
    void knownPagesAndDeepLinksMatch() {
        for (String path : new String[] {
            "/",
            "/timeline",
            "/timeline/",
            "/Regions",
            "/regions/hefei-metro",
            "/plan",
            "/tasks/42",
            "/console",
            "/console/sign-in",
            "/console/tasks/new",
            "/console/tasks/42/edit",
            "/console/admin/audit",
            "/embed/regions/hefei-metro",
            "/embed/milestones/M2025"
        }) {
            assertTrue(routes.matches(path), path);
        }
    }

    @Test
    void otherPathsDoNot() {
        for (String path : new String[] {
            "/nope",
            "/regions/hefei-metro/extra",
            "/regions//",
            "/tasks/",
            "/console/admin",
            "/console/tasks/42",
            "/embed/regions",
            "/embed/nope/x",
            "/timeline.php",
            "/assets/missing.js"
        }) {
            assertFalse(routes.matches(path), path);
        }
    }
}
