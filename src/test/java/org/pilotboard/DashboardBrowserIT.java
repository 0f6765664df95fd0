package org.pilotboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The dashboard as people see it: the packaged app (backend and the frontend Quinoa built into it)
 * with the demo data, driven in Debian's Chromium by frontend/e2e/run.mjs; and the frontend's unit tests.
 */
@QuarkusIntegrationTest
@TestProfile(DashboardBrowserIT.WithDemoData.class)
class DashboardBrowserIT {

    static final String ADMIN_PASSWORD = "E2e-Bootstrap-Passw0rd";

    public static class WithDemoData implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("pilotboard.demo-data", "true",
                    "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/pilotboard_e2e",
                    "quarkus.flyway.clean-at-start", "true",
                    "quarkus.flyway.clean-disabled", "false",
                    "pilotboard.admin.password", ADMIN_PASSWORD);
        }
    }

    private static final File FRONTEND = new File("frontend");

    @TestHTTPResource("/")
    URL app;

    @Test
    void frontendUnitTests() throws Exception {
        assertEquals(0, run(List.of("npm", "test"), Map.of()), "npm test (vitest) in frontend/");
    }

    @Test
    void everyPageInARealBrowser() throws Exception {
        String base = app.toString().replaceAll("/$", "");
        assertEquals(0, run(List.of("node", "e2e/run.mjs"), Map.of("BASE_URL", base, "E2E_ADMIN_USERNAME", "admin",
                "E2E_ADMIN_PASSWORD", ADMIN_PASSWORD)),
                "frontend/e2e/run.mjs against " + base + " (screenshots in frontend/test-results/)");
    }

    /** Runs a command in frontend/, echoing its output into the test log line by line. */
    private static int run(List<String> command, Map<String, String> env) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(FRONTEND).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        Thread echo = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                out.lines().forEach(System.out::println);
            } catch (IOException e) {
                System.out.println("(output of " + command + " cut off: " + e.getMessage() + ")");
            }
        });
        echo.start();
        boolean finished = process.waitFor(10, TimeUnit.MINUTES);
        echo.join(TimeUnit.SECONDS.toMillis(10));
        if (!finished) {
            process.destroyForcibly();
        }
        assertTrue(finished, String.join(" ", command) + " did not finish within 10 minutes");
        return process.exitValue();
    }
}
