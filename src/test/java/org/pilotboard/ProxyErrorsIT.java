package org.pilotboard;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Errors before the app keep the house rules (issue 19, point 4). The shipped proxy configuration,
 * docker/nginx.conf, runs here in front of the packaged app: what nginx refuses itself (a request
 * line or headers too large, bytes that are not HTTP) carries the app's security headers and a
 * problem body, and what the app answers passes through with its own headers, once each.
 */
@QuarkusIntegrationTest
@TestProfile(ProxyErrorsIT.OwnDatabase.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProxyErrorsIT {

    private static final List<String> SECURITY_HEADERS =
            List.of("content-security-policy", "x-content-type-options", "referrer-policy", "x-frame-options");

    /** A database of its own: the browser tests' database name with "_proxy" appended. */
    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String e2e = System.getenv()
                    .getOrDefault("PILOTBOARD_E2E_DB_URL", "jdbc:postgresql://127.0.0.1:5432/pilotboard_e2e");
            int query = e2e.indexOf('?');
            String url = query < 0 ? e2e + "_proxy" : e2e.substring(0, query) + "_proxy" + e2e.substring(query);
            return Map.of("quarkus.datasource.jdbc.url", url);
        }
    }

    @TestHTTPResource("/")
    URL app;

    private Path dir;
    private Process nginx;
    private int proxyPort;

    @BeforeAll
    void startNginx() throws Exception {
        String binary = Files.isExecutable(Path.of("/usr/sbin/nginx")) ? "/usr/sbin/nginx" : "nginx";
        dir = Files.createTempDirectory("pilotboard-proxy-test-");
        try (ServerSocket free = new ServerSocket(0)) {
            proxyPort = free.getLocalPort();
        }
        // The shipped file, with the compose services' addresses replaced by this test's.
        String site = Files.readString(Path.of("docker/nginx.conf"))
                .replaceAll("server app:8080[^;]*;", "server 127.0.0.1:" + app.getPort() + ";")
                .replaceAll("\\s*server app2:8080[^;]*;", "")
                .replace("listen 80;", "listen 127.0.0.1:" + proxyPort + ";");
        Files.writeString(dir.resolve("site.conf"), site);
        Files.writeString(dir.resolve("nginx.conf"), """
                worker_processes 1;
                daemon off;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 64; }
                http {
                    access_log off;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    include %1$s/site.conf;
                }
                """.formatted(dir));
        nginx = new ProcessBuilder(
                        binary,
                        "-p",
                        dir.toString(),
                        "-c",
                        dir.resolve("nginx.conf").toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("out.log").toFile())
                .start();
        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(100))
                .ignoreExceptions()
                .until(() -> send(proxyPort, "GET /q/health/ready HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n")
                                .status
                        == 200);
    }

    @AfterAll
    void stopNginx() throws Exception {
        if (nginx != null) {
            nginx.destroy();
            nginx.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aRequestLineTooLongForTheProxyGetsA414ProblemWithTheHeaders() throws IOException {
        Answer answer = send(proxyPort, get("/api/v1/tasks?q=" + "a".repeat(40_000), ""));
        assertRefusedInHouseForm(answer, 414);
    }

    @Test
    void headersTooLargeForTheProxyGetA431ProblemWithTheHeaders() throws IOException {
        Answer answer = send(proxyPort, get("/api/v1/tasks", "X-Padding: " + "b".repeat(40_000) + "\r\n"));
        assertRefusedInHouseForm(answer, 431);
    }

    @Test
    void bytesThatAreNotHttpGetA400ProblemWithTheHeaders() throws IOException {
        assertRefusedInHouseForm(send(proxyPort, "GARBAGE\r\n\r\n"), 400);
        assertRefusedInHouseForm(send(proxyPort, "GET /api/v1/tasks HTTP/1.1\r\nHost test\r\n\r\n"), 400);
        assertRefusedInHouseForm(send(proxyPort, "GET /api/v1/tasks HTTP/9.9\r\nHost: test\r\n\r\n"), 505);
    }

    @Test
    void whatTheAppRefusesPassesThroughWithItsOwnProblemAndHeadersOnce() throws IOException {
        // 6 KB: under the proxy's limit, over the app's (4 KB).
        Answer answer = send(proxyPort, get("/api/v1/tasks?q=" + "c".repeat(6_000), ""));
        assertRefusedInHouseForm(answer, 414);
        assertTrue(answer.body.contains("the limit is 4096"), answer.body);
        Answer direct = send(app.getPort(), get("/api/v1/tasks?q=" + "c".repeat(6_000), ""));
        assertEquals(direct.securityHeaders(), answer.securityHeaders(), "the same headers as the app's own");
    }

    @Test
    void theProxysRefusalsCarryTheSameHeadersAsTheAppsAnswers() throws IOException {
        Map<String, List<String>> appHeaders =
                send(app.getPort(), get("/api/v1/tasks/999999999", "")).securityHeaders();
        assertEquals(SECURITY_HEADERS.size(), appHeaders.size(), "the app's own 404: " + appHeaders);
        assertEquals(appHeaders, send(proxyPort, "GARBAGE\r\n\r\n").securityHeaders());
        assertEquals(
                appHeaders,
                send(proxyPort, get("/x?q=" + "d".repeat(40_000), "")).securityHeaders());
    }

    @Test
    void anEmbedThroughTheProxyStaysFrameable() throws IOException {
        Answer answer = send(proxyPort, get("/embed/regions/GD", ""));
        assertEquals(200, answer.status);
        assertTrue(!answer.headers.containsKey("x-frame-options"), "nginx adds no DENY to what the app answers");
        assertEquals(1, answer.headers.get("content-security-policy").size());
        assertTrue(answer.headers.get("content-security-policy").get(0).endsWith("frame-ancestors *"));
    }

    @Test
    void theAppItselfAnswersARequestWithoutHostInHouseForm() throws IOException {
        Answer answer = send(app.getPort(), "GET /api/v1/tasks HTTP/1.1\r\nConnection: close\r\n\r\n");
        assertRefusedInHouseForm(answer, 400);
        assertTrue(answer.body.contains("Host"), answer.body);
    }

    private static void assertRefusedInHouseForm(Answer answer, int status) {
        assertEquals(status, answer.status, answer.head);
        assertEquals(List.of("application/problem+json"), answer.headers.get("content-type"), answer.head);
        assertTrue(answer.body.contains("\"status\":" + status), answer.body);
        for (String header : SECURITY_HEADERS) {
            assertEquals(1, answer.headers.getOrDefault(header, List.of()).size(), header + " once in " + answer.head);
        }
        assertEquals("DENY", answer.headers.get("x-frame-options").get(0));
    }

    private static String get(String target, String extraHeaders) {
        return "GET " + target + " HTTP/1.1\r\nHost: test\r\n" + extraHeaders + "Connection: close\r\n\r\n";
    }

    /** One request on a connection of its own, in raw bytes: an HTTP client would refuse to send some of these. */
    private static Answer send(int port, String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            try {
                in.transferTo(out);
            } catch (java.net.SocketException reset) {
                // a server that closes while the rest of a refused request is still arriving resets the
                // connection; what it answered before is what counts
            }
            return Answer.parse(out.toString(StandardCharsets.UTF_8));
        }
    }

    private record Answer(int status, String head, Map<String, List<String>> headers, String body) {
        static Answer parse(String raw) {
            int split = raw.indexOf("\r\n\r\n");
            String head = split < 0 ? raw : raw.substring(0, split);
            String body = split < 0 ? "" : raw.substring(split + 4);
            String[] lines = head.split("\r\n");
            int status = lines[0].isEmpty() ? -1 : Integer.parseInt(lines[0].split(" ")[1]);
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.computeIfAbsent(
                                lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(lines[i].substring(colon + 1).trim());
            }
            return new Answer(status, head, headers, body);
        }

        Map<String, List<String>> securityHeaders() {
            Map<String, List<String>> picked = new LinkedHashMap<>();
            for (String name : SECURITY_HEADERS) {
                if (headers.containsKey(name)) {
                    picked.put(name, headers.get(name));
                }
            }
            return picked;
        }
    }
}
