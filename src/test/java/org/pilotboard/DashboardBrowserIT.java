package org.pilotboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.File;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The dashboard as people see it: the packaged app (backend and the frontend Quinoa built into it)
 * with the demo data, driven in Debian's Chromium by the Playwright tests in frontend/e2e/ (frontend/playwright.config.ts);
 * and the frontend's unit tests.
 */
@QuarkusIntegrationTest
@TestProfile(DashboardBrowserIT.WithDemoData.class)
class DashboardBrowserIT {

    static final String ADMIN_PASSWORD = "E2e-Bootstrap-Passw0rd";

    public static class WithDemoData implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "pilotboard.demo-data",
                    "true",
                    "quarkus.datasource.jdbc.url",
                    System.getenv()
                            .getOrDefault("PILOTBOARD_E2E_DB_URL", "jdbc:postgresql://127.0.0.1:5432/pilotboard_e2e"),
                    "quarkus.flyway.clean-at-start",
                    "true",
                    "quarkus.flyway.clean-disabled",
                    "false",
                    "pilotboard.admin.password",
                    ADMIN_PASSWORD,
                    // the browser tests are many clients from one address: budgets on, none refused
                    "pilotboard.rate-limits.per-address",
                    "1000000",
                    "pilotboard.rate-limits.per-token",
                    "1000000");
        }
    }

    private static final File FRONTEND = new File("frontend");

    @TestHTTPResource("/")
    URL app;

    @Test
    void frontendUnitTests() throws Exception {
        assertEquals(0, Processes.run(FRONTEND, List.of("npm", "test"), Map.of()), "npm test (vitest) in frontend/");
    }

    @Test
    void deepLinksAndAssetsShareOneMetricsSeries() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        String base = app.toString().replaceAll("/$", "");
        for (String path :
                List.of("/regions/metrics-probe-1", "/regions/metrics-probe-2", "/assets/metrics-probe.js")) {
            http.send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path))
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.discarding());
        }
        String metrics = http.send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/q/metrics"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString())
                .body();
        org.junit.jupiter.api.Assertions.assertTrue(metrics.contains("uri=\"/ui\""), "deep links counted as /ui");
        org.junit.jupiter.api.Assertions.assertFalse(metrics.contains("metrics-probe"), "no series per requested path");
    }

    @Test
    void everyPageInARealBrowser() throws Exception {
        String base = app.toString().replaceAll("/$", "");
        assertEquals(
                0,
                Processes.run(
                        FRONTEND,
                        List.of("npx", "playwright", "test"),
                        Map.of("BASE_URL", base, "E2E_ADMIN_USERNAME", "admin", "E2E_ADMIN_PASSWORD", ADMIN_PASSWORD)),
                "npx playwright test in frontend/ against " + base
                        + " (screenshots in frontend/test-results/, traces of failures in frontend/test-results/artifacts/,"
                        + " report in frontend/test-results/html-report/)");
    }
}
