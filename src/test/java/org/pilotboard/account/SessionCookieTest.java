package org.pilotboard.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pilotboard.Api.problem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pilotboard.Api;

/** The console's browser session: an HttpOnly cookie, a CSRF token on every write, ended on the server. */
@QuarkusTest
class SessionCookieTest {

    private static final Map<String, Object> PROGRESS =
            Map.of("status", "in_progress", "progress", 10, "comment", "推进");

    private record Session(String cookie, String csrf, Response login) {}

    private static Session signIn(String username, String... headers) {
        RequestSpecification request = given().contentType(ContentType.JSON);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        Response login = request.body(Map.of("username", username, "password", Api.password(username), "cookie", true))
                .post("/api/v1/auth/login");
        login.then().statusCode(200);
        return new Session(
                login.getCookie(Authentication.COOKIE), login.jsonPath().getString("csrfToken"), login);
    }

    private static RequestSpecification with(Session s) {
        return given().cookie(Authentication.COOKIE, s.cookie())
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    private static String[] official() {
        String region = Api.newRegion();
        String username = Api.username("cookie");
        Api.newUser(username, "official", List.of(region));
        return new String[] {username, region};
    }

    @Test
    void theCookieIsHttpOnlyStrictAndTheAnswerHoldsOnlyTheCsrfToken() {
        String[] official = official();
        Session s = signIn(official[0]);
        String setCookie = s.login().getHeader("Set-Cookie");
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Strict"), setCookie);
        assertTrue(setCookie.contains("Path=/api"), setCookie);
        assertFalse(setCookie.contains("Secure"), "plain HTTP: " + setCookie);
        s.login()
                .then()
                .body("token", nullValue())
                .body("csrfToken", not(equalTo(null)))
                .body("user.username", equalTo(official[0]));
        assertNotNull(s.cookie());

        // A reload: the page asks who it is with the cookie alone and gets its CSRF token back.
        with(s).get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("user.username", equalTo(official[0]))
                .body("tokenKind", equalTo("session"))
                .body("csrfToken", equalTo(s.csrf()));
        with(s).get("/api/v1/auth/session").then().statusCode(200).body("user.username", equalTo(official[0]));
        given().get("/api/v1/auth/session").then().statusCode(204);
        // A bearer token has no CSRF token: it is not sent by the browser on its own.
        Api.asAdmin().get("/api/v1/me").then().statusCode(200).body("csrfToken", nullValue());

        // Behind the trusted proxy that speaks HTTPS to the browser, the cookie is Secure.
        String secure =
                signIn(official[0], "X-Forwarded-Proto", "https").login().getHeader("Set-Cookie");
        assertTrue(secure.contains("Secure"), secure);
    }

    @Test
    void aCookieWriteWithoutTheCsrfTokenIs403AndChangesNothing() {
        String[] official = official();
        long task = Api.newTask(official[1]);
        Session s = signIn(official[0]);

        problem(
                        with(s).body(PROGRESS)
                                .post("/api/v1/tasks/" + task + "/updates")
                                .then(),
                        403)
                .body("type", equalTo("urn:pilotboard:problem:csrf"))
                .body("detail", containsString("X-CSRF-Token"));
        problem(
                with(s).header("X-CSRF-Token", s.csrf() + "x")
                        .body(PROGRESS)
                        .post("/api/v1/tasks/" + task + "/updates")
                        .then(),
                403);
        problem(
                with(s).header("If-Match", "\"0\"")
                        .contentType("application/merge-patch+json")
                        .body(Map.of("titleEn", "x"))
                        .patch("/api/v1/tasks/" + task)
                        .then(),
                403);
        problem(with(s).post("/api/v1/auth/logout").then(), 403);
        given().get("/api/v1/tasks/" + task).then().body("version", equalTo(0)).body("status", equalTo("not_started"));
        given().get("/api/v1/tasks/" + task + "/updates").then().body("size()", equalTo(0));
        with(s).get("/api/v1/me").then().statusCode(200);

        with(s).header("X-CSRF-Token", s.csrf())
                .header("If-Match", "\"0\"")
                .body(PROGRESS)
                .post("/api/v1/tasks/" + task + "/updates")
                .then()
                .statusCode(201)
                .body("author", equalTo("测试用户 " + official[0]));
        // Bearer tokens need no CSRF token, as before.
        Api.json()
                .body(PROGRESS)
                .post("/api/v1/tasks/" + task + "/updates")
                .then()
                .statusCode(201);
    }

    @Test
    void signOutEndsTheSessionOnTheServer() {
        String[] official = official();
        Session s = signIn(official[0]);
        Response out = with(s).header("X-CSRF-Token", s.csrf()).post("/api/v1/auth/logout");
        out.then().statusCode(204);
        assertTrue(out.getHeader("Set-Cookie").contains("Max-Age=0"), out.getHeader("Set-Cookie"));
        // The old cookie, replayed, is nobody's: reads are public, private reads and writes are refused.
        problem(with(s).get("/api/v1/me").then(), 401);
        problem(
                with(s).header("X-CSRF-Token", s.csrf())
                        .body(PROGRESS)
                        .post("/api/v1/tasks/" + Api.newTask(official[1]) + "/updates")
                        .then(),
                401);
        with(s).get("/api/v1/plan").then().statusCode(200);
        with(s).get("/api/v1/auth/session").then().statusCode(204);
        // The console, which sends its CSRF token with every call, hears at once that the session ended.
        problem(with(s).header("X-CSRF-Token", s.csrf()).get("/api/v1/plan").then(), 401);
    }

    @Test
    void signOutEverywhereRefusesEverySessionAtOnceButKeepsApiTokens() {
        String[] official = official();
        Session laptop = signIn(official[0]);
        Session phone = signIn(official[0]);
        String bearer = Api.login(official[0], Api.password(official[0]));
        String apiToken = Api.as(bearer)
                .body(Map.of("name", "sync"))
                .post("/api/v1/tokens")
                .jsonPath()
                .getString("token");
        with(phone).get("/api/v1/me").then().statusCode(200);

        with(laptop)
                .header("X-CSRF-Token", laptop.csrf())
                .post("/api/v1/auth/logout-everywhere")
                .then()
                .statusCode(204);
        problem(with(phone).get("/api/v1/me").then(), 401);
        problem(with(laptop).get("/api/v1/me").then(), 401);
        problem(Api.as(bearer).get("/api/v1/me").then(), 401);
        Api.as(apiToken).get("/api/v1/me").then().statusCode(200).body("tokenKind", equalTo("api"));

        // An admin's disabling also ends a cookie session at once.
        String other = Api.username("disabled-cookie");
        long id = Api.newUser(other, "viewer", List.of());
        Session s = signIn(other);
        String etag = Api.asAdmin().get("/api/v1/users/" + id).then().extract().header("ETag");
        Api.json()
                .header("If-Match", etag)
                .body(Map.of("disabled", true))
                .patch("/api/v1/users/" + id)
                .then()
                .statusCode(200);
        problem(with(s).get("/api/v1/me").then(), 401);
    }

    @Test
    void anIdleSessionEnds() {
        String[] official = official();
        Session s = signIn(official[0]);
        with(s).get("/api/v1/me").then().statusCode(200);
        Instant longAgo = Instant.now().minus(2, ChronoUnit.HOURS);
        QuarkusTransaction.requiringNew()
                .run(() -> AccessToken.update(
                        "lastUsedAt = ?1, createdAt = ?1 where tokenHash = ?2", longAgo, Tokens.hash(s.cookie())));
        problem(with(s).get("/api/v1/me").then(), 401);
    }
}
