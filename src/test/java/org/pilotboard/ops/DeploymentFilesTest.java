package org.pilotboard.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * There is no container engine here: these checks read the deployment files as data and hold
 * them to what the app needs (health checks, a non-root user, the database URL, two replicas).
 */
class DeploymentFilesTest {

    private static final Path DOCKER = Path.of("docker");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file)) {
            return (Map<String, Object>) new Yaml().load(in);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void composeRunsTheDatabaseAndOneOrTwoApps() throws IOException {
        Map<String, Object> compose = yaml(DOCKER.resolve("compose.yml"));
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        Map<String, Object> db = services.get("db");
        assertNotNull(db.get("healthcheck"), "the database has a health check");
        assertTrue(((List<String>) db.get("volumes")).get(0).startsWith("pgdata:"), "data lives in a named volume");
        assertTrue(((Map<String, Object>) compose.get("volumes")).containsKey("pgdata"));

        Map<String, Object> app = services.get("app");
        Map<String, String> env = (Map<String, String>) app.get("environment");
        assertEquals("jdbc:postgresql://db:5432/pilotboard", env.get("QUARKUS_DATASOURCE_JDBC_URL"));
        assertEquals(
                "service_healthy",
                ((Map<String, Map<String, String>>) app.get("depends_on"))
                        .get("db")
                        .get("condition"));
        assertEquals("docker/Dockerfile", ((Map<String, String>) app.get("build")).get("dockerfile"));
        assertTrue(((List<String>) app.get("ports")).contains("8080:8080"));

        List<String> scaled = new ArrayList<>();
        services.forEach((name, service) -> {
            if (service.get("profiles") != null && ((List<String>) service.get("profiles")).contains("scaled")) {
                scaled.add(name);
            }
        });
        assertEquals(List.of("app2", "nginx"), scaled);
        assertEquals(env, services.get("app2").get("environment"), "both replicas share the same database");
        String nginx = Files.readString(DOCKER.resolve("nginx.conf"));
        assertTrue(nginx.contains("server app:8080") && nginx.contains("server app2:8080"));
        assertTrue(nginx.contains("client_max_body_size 1m"), "the same body limit as the app");
    }

    @Test
    void theImageRunsAsNonRootWithAHealthCheck() throws IOException {
        String dockerfile = Files.readString(DOCKER.resolve("Dockerfile"));
        assertTrue(dockerfile.contains("AS build"), "multi-stage");
        assertTrue(dockerfile.matches("(?s).*\\nUSER 185\\n.*"), "non-root user");
        assertTrue(dockerfile.contains("HEALTHCHECK") && dockerfile.contains("/q/health/ready"));
        assertTrue(dockerfile.contains("./mvnw -B -q package -DskipTests"));
        for (String path : List.of("mvnw", "pom.xml", "frontend/package.json", "frontend/package-lock.json", "src")) {
            assertTrue(Files.exists(Path.of(path)), "the build copies " + path);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void kubernetesProbesAndLimits() throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(DOCKER.resolve("kubernetes/pilotboard.yml"))) {
            new Yaml().loadAll(in).forEach(d -> documents.add((Map<String, Object>) d));
        }
        Map<String, Object> deployment = documents.stream()
                .filter(d -> "Deployment".equals(d.get("kind")))
                .findFirst()
                .orElseThrow();
        Map<String, Object> spec = (Map<String, Object>) deployment.get("spec");
        assertEquals(2, spec.get("replicas"));
        Map<String, Object> pod = (Map<String, Object>) ((Map<String, Object>) spec.get("template")).get("spec");
        Map<String, Object> container = ((List<Map<String, Object>>) pod.get("containers")).get(0);
        assertEquals(
                "/q/health/ready",
                ((Map<String, Object>) ((Map<String, Object>) container.get("readinessProbe")).get("httpGet"))
                        .get("path"));
        assertEquals(
                "/q/health/live",
                ((Map<String, Object>) ((Map<String, Object>) container.get("livenessProbe")).get("httpGet"))
                        .get("path"));
        Map<String, Map<String, String>> resources = (Map<String, Map<String, String>>) container.get("resources");
        assertNotNull(resources.get("limits").get("memory"));
        assertNotNull(resources.get("limits").get("cpu"));
        assertEquals(Boolean.TRUE, ((Map<String, Object>) pod.get("securityContext")).get("runAsNonRoot"));
        assertTrue(documents.stream().anyMatch(d -> "Service".equals(d.get("kind"))));
    }
}
