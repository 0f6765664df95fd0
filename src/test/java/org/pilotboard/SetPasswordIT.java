package org.pilotboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.File;
import java.io.OutputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The way back in for a lost admin password (docs/accounts.md): {@code set-password admin} run from the
 * packaged jar beside the running server, on the same database, reading the password from standard input.
 */
@QuarkusIntegrationTest
@TestProfile(SetPasswordIT.OwnDatabase.class)
class SetPasswordIT {

    static final String FIRST_PASSWORD = "SetPw-Bootstrap-Passw0rd";
    static final String NEW_PASSWORD = "Recovered-Passw0rd-2026";

    /** A database of its own, emptied at start: the browser tests' database name with "_setpw" appended. */
    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.jdbc.url",
                    databaseUrl(),
                    "quarkus.flyway.clean-at-start",
                    "true",
                    "quarkus.flyway.clean-disabled",
                    "false",
                    "pilotboard.admin.password",
                    FIRST_PASSWORD);
        }
    }

    static String databaseUrl() {
        String e2e = System.getenv()
                .getOrDefault("PILOTBOARD_E2E_DB_URL", "jdbc:postgresql://127.0.0.1:5432/pilotboard_e2e");
        int query = e2e.indexOf('?');
        return query < 0 ? e2e + "_setpw" : e2e.substring(0, query) + "_setpw" + e2e.substring(query);
    }

    @TestHTTPResource("/")
    URL app;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aLostAdminPasswordIsSetAgainFromTheCommandLine() throws Exception {
        String session = signIn(FIRST_PASSWORD);
        assertEquals(200, get("/api/v1/me", session), "signed in with the first password");

        assertEquals(1, setPassword("admin", "short\n"), "a password the policy refuses");
        assertEquals(200, get("/api/v1/me", session), "a refused password changes nothing");
        assertEquals(1, setPassword("nobody", NEW_PASSWORD + "\n"), "an unknown user");

        assertEquals(0, setPassword("admin", NEW_PASSWORD + "\n"));
        assertEquals(401, get("/api/v1/me", session), "the sessions of before are revoked");
        assertEquals(401, login(FIRST_PASSWORD).statusCode(), "the old password no longer works");
        assertEquals(200, get("/api/v1/me", signIn(NEW_PASSWORD)), "the new password works");
    }

    /** Runs the packaged jar's set-password command on the app's database, the password on standard input. */
    private int setPassword(String username, String stdin) throws Exception {
        File jar = new File("target/quarkus-app/quarkus-run.jar");
        assertTrue(jar.isFile(), "the packaged app at " + jar);
        ProcessBuilder builder = new ProcessBuilder(List.of(
                        ProcessHandle.current().info().command().orElse("java"),
                        "-jar",
                        jar.getPath(),
                        "set-password",
                        username))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put("QUARKUS_DATASOURCE_JDBC_URL", databaseUrl());
        builder.environment().put("PILOTBOARD_EMBEDDED_DB", "never");
        Process process = builder.start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(process.waitFor(3, TimeUnit.MINUTES), "set-password finished");
        return process.exitValue();
    }

    private HttpResponse<String> login(String password) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base() + "/api/v1/auth/login"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"username\":\"admin\",\"password\":\"" + password + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String signIn(String password) throws Exception {
        HttpResponse<String> reply = login(password);
        assertEquals(200, reply.statusCode(), reply.body());
        return new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(reply.body())
                .get("token")
                .asText();
    }

    private int get(String path, String token) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(URI.create(base() + path))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private String base() {
        return app.toString().replaceAll("/$", "");
    }
}
