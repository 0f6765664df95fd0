package org.pilotboard.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pilotboard.Api.anonymous;
import static org.pilotboard.Api.as;
import static org.pilotboard.Api.json;
import static org.pilotboard.Api.problem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pilotboard.Api;

@QuarkusTest
class SecurityTest {

    private static final Map<String, Object> PROGRESS =
            Map.of("status", "in_progress", "progress", 10, "comment", "推进");

    /** An official of one region, signed in: answers [token, region, username]. */
    private static String[] official() {
        String region = Api.newRegion();
        String username = Api.username("official");
        Api.newUser(username, "official", List.of(region));
        return new String[] {Api.login(username, Api.password(username)), region, username};
    }

    @Test
    void writesWithoutATokenAre401AndChangeNothing() {
        long id = Api.newTask(Api.newRegion());
        problem(
                        anonymous()
                                .body(PROGRESS)
                                .post("/api/v1/tasks/" + id + "/updates")
                                .then(),
                        401)
                .header("WWW-Authenticate", containsString("Bearer"));
        problem(
                anonymous()
                        .body(Api.taskBody("hefei-metro"))
                        .post("/api/v1/tasks")
                        .then(),
                401);
        problem(anonymous().body(Map.of()).post("/api/v1/regions").then(), 401);
        problem(
                given().header("Authorization", "Bearer pbs_not-a-real-token")
                        .get("/api/v1/tasks/" + id)
                        .then(),
                401);
        problem(
                given().header("Authorization", "Basic YWRtaW46YWRtaW4=")
                        .get("/api/v1/plan")
                        .then(),
                401);
        given().get("/api/v1/tasks/" + id).then().statusCode(200).body("version", equalTo(0));
        given().get("/api/v1/tasks/" + id + "/updates").then().body("size()", equalTo(0));
    }

    @Test
    void officialsWriteOnlyInTheirOwnRegions() {
        String[] official = official();
        String token = official[0];
        long own = Api.newTask(official[1]);
        long other = Api.newTask(Api.newRegion());

        as(token)
                .body(PROGRESS)
                .post("/api/v1/tasks/" + own + "/updates")
                .then()
                .statusCode(201)
                .body("author", equalTo("测试用户 " + official[2]));
        as(token).body(Api.taskBody(official[1])).post("/api/v1/tasks").then().statusCode(201);
        as(token)
                .header("If-Match", "\"1\"")
                .body(Map.of("titleEn", "Own task"))
                .patch("/api/v1/tasks/" + own)
                .then()
                .statusCode(200);

        problem(
                        as(token)
                                .body(PROGRESS)
                                .post("/api/v1/tasks/" + other + "/updates")
                                .then(),
                        403)
                .body("detail", containsString("only in your own regions"));
        problem(
                as(token)
                        .header("If-Match", "\"0\"")
                        .body(Map.of("titleEn", "x"))
                        .patch("/api/v1/tasks/" + other)
                        .then(),
                403);
        problem(
                as(token)
                        .header("If-Match", "\"0\"")
                        .delete("/api/v1/tasks/" + other)
                        .then(),
                403);
        problem(
                as(token)
                        .body(Api.taskBody("hefei-metro"))
                        .post("/api/v1/tasks")
                        .then(),
                403);
        given().get("/api/v1/tasks/" + other).then().body("version", equalTo(0)).body("status", equalTo("not_started"));

        // Officials do not manage regions, users, the catalogue or milestones.
        problem(
                as(token)
                        .body(Map.of("code", "x-region", "nameZh", "x", "nameEn", "x", "type", "central_city"))
                        .post("/api/v1/regions")
                        .then(),
                403);
        problem(
                as(token)
                        .body(Map.of("itemNumber", 5, "kind", "action", "textZh", "x"))
                        .post("/api/v1/measures")
                        .then(),
                403);
        problem(
                as(token)
                        .body(Map.of("status", "achieved", "reason", "x"))
                        .put("/api/v1/milestones/2025/override")
                        .then(),
                403);
        problem(as(token).get("/api/v1/users").then(), 403);
        problem(as(token).get("/api/v1/audit").then(), 403);
    }

    @Test
    void viewersReadInternalNotesButWriteNothing() {
        String region = Api.newRegion();
        java.util.Map<String, Object> body = Api.taskBody(region);
        body.put("internalNote", "内部备注：涉密材料另行报送");
        long id = Api.newTask(body);
        String viewer = Api.username("viewer");
        Api.newUser(viewer, "viewer", List.of());
        String token = Api.login(viewer, Api.password(viewer));

        as(token).get("/api/v1/tasks/" + id).then().statusCode(200).body("internalNote", equalTo("内部备注：涉密材料另行报送"));
        given().get("/api/v1/tasks/" + id)
                .then()
                .statusCode(200)
                .body("internalNote", nullValue())
                .body(not(containsString("内部备注")));
        given().queryParam("region", region).get("/api/v1/tasks").then().body(not(containsString("内部备注")));
        problem(
                as(token)
                        .body(PROGRESS)
                        .post("/api/v1/tasks/" + id + "/updates")
                        .then(),
                403);
        given().get("/api/v1/tasks/" + id + "/updates").then().body("size()", equalTo(0));
    }

    @Test
    void apiTokensActForTheirCreatorUntilRevokedOrExpired() {
        String[] official = official();
        long task = Api.newTask(official[1]);
        JsonPath created = as(official[0])
                .body(Map.of("name", "sync job"))
                .post("/api/v1/tokens")
                .then()
                .statusCode(201)
                .body("token", org.hamcrest.Matchers.startsWith("pbt_"))
                .body("details.owner", equalTo(official[2]))
                .extract()
                .jsonPath();
        String apiToken = created.getString("token");
        long tokenId = created.getLong("details.id");

        as(apiToken)
                .body(PROGRESS)
                .post("/api/v1/tasks/" + task + "/updates")
                .then()
                .statusCode(201);
        as(apiToken)
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("tokenKind", equalTo("api"))
                .body("writableRegions", equalTo(List.of(official[1])));
        as(official[0])
                .get("/api/v1/tokens")
                .then()
                .statusCode(200)
                .body("find { it.id == " + tokenId + " }.lastUsedAt", notNullValue())
                .body(not(containsString(apiToken)));

        // Read-only tokens read and refuse every write.
        String readOnly = as(official[0])
                .body(Map.of("name", "dashboard", "readOnly", true))
                .post("/api/v1/tokens")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("token");
        as(readOnly).get("/api/v1/me").then().statusCode(200).body("readOnly", equalTo(true));
        problem(
                        as(readOnly)
                                .body(PROGRESS)
                                .post("/api/v1/tasks/" + task + "/updates")
                                .then(),
                        403)
                .body("detail", containsString("read-only"));

        // Revoked: refused at once. Another user cannot revoke it (it does not exist for them).
        problem(anonymous().delete("/api/v1/tokens/" + tokenId).then(), 401);
        String[] stranger = official();
        problem(as(stranger[0]).delete("/api/v1/tokens/" + tokenId).then(), 404);
        as(official[0]).delete("/api/v1/tokens/" + tokenId).then().statusCode(204);
        problem(
                as(apiToken)
                        .body(PROGRESS)
                        .post("/api/v1/tasks/" + task + "/updates")
                        .then(),
                401);
        problem(as(apiToken).get("/api/v1/me").then(), 401);

        // Expired: refused.
        JsonPath soon = as(official[0])
                .body(Map.of(
                        "name",
                        "short",
                        "expiresAt",
                        Instant.now().plus(1, ChronoUnit.HOURS).toString()))
                .post("/api/v1/tokens")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        as(soon.getString("token")).get("/api/v1/me").then().statusCode(200);
        QuarkusTransaction.requiringNew()
                .run(() -> AccessToken.update(
                        "expiresAt = ?1 where id = ?2", Instant.now().minusSeconds(1), soon.getLong("details.id")));
        problem(as(soon.getString("token")).get("/api/v1/me").then(), 401);
        problem(
                as(official[0])
                        .body(Map.of("name", "past", "expiresAt", "2020-01-01T00:00:00Z"))
                        .post("/api/v1/tokens")
                        .then(),
                400);
    }

    @Test
    void disabledUsersAreRefusedAndTheirTokensStop() {
        String[] official = official();
        long userId = json().get("/api/v1/users?size=200")
                .jsonPath()
                .getLong("items.find { it.username == '" + official[2] + "' }.id");
        String etag = Api.asAdmin()
                .get("/api/v1/users/" + userId)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        json().header("If-Match", etag)
                .body(Map.of("disabled", true))
                .patch("/api/v1/users/" + userId)
                .then()
                .statusCode(200)
                .body("disabled", equalTo(true));
        problem(as(official[0]).get("/api/v1/me").then(), 401);
        problem(
                        anonymous()
                                .body(Map.of("username", official[2], "password", Api.password(official[2])))
                                .post("/api/v1/auth/login")
                                .then(),
                        401)
                .body("detail", equalTo("Invalid username or password"));
    }

    @Test
    void loginAnswersAlikeAndLocksOutAfterRepeatedFailures() {
        String username = Api.username("guess");
        Api.newUser(username, "viewer", List.of());
        String unknown = problem(
                        anonymous()
                                .body(Map.of("username", "nobody-" + username, "password", "whatever-it-is"))
                                .post("/api/v1/auth/login")
                                .then(),
                        401)
                .extract()
                .jsonPath()
                .getString("detail");
        String wrong = problem(
                        anonymous()
                                .body(Map.of("username", username, "password", "wrong-password-1"))
                                .post("/api/v1/auth/login")
                                .then(),
                        401)
                .extract()
                .jsonPath()
                .getString("detail");
        assertEquals(unknown, wrong, "unknown user and wrong password look the same");
        for (int i = 2; i <= 5; i++) {
            problem(
                    anonymous()
                            .body(Map.of("username", username, "password", "wrong-password-" + i))
                            .post("/api/v1/auth/login")
                            .then(),
                    401);
        }
        String retryAfter = problem(
                        anonymous()
                                .body(Map.of("username", username, "password", Api.password(username)))
                                .post("/api/v1/auth/login")
                                .then(),
                        429)
                .extract()
                .header("Retry-After");
        assertNotNull(retryAfter);
        assertTrue(Integer.parseInt(retryAfter) > 0 && Integer.parseInt(retryAfter) <= 900, retryAfter);
        // Other users are not locked out by it.
        Api.login(Api.ADMIN, Api.ADMIN_PASSWORD);
    }

    @Test
    void logoutEndsTheSession() {
        String username = Api.username("leaver");
        Api.newUser(username, "viewer", List.of());
        String token = Api.login(username, Api.password(username));
        as(token)
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("user.username", equalTo(username))
                .body("tokenKind", equalTo("session"));
        as(token).post("/api/v1/auth/logout").then().statusCode(204);
        problem(as(token).get("/api/v1/me").then(), 401);
    }

    @Test
    void usersChangeTheirOwnPasswordAndOtherSessionsEnd() {
        String username = Api.username("changer");
        Api.newUser(username, "viewer", List.of());
        String first = Api.login(username, Api.password(username));
        String second = Api.login(username, Api.password(username));
        problem(
                        as(first)
                                .body(Map.of(
                                        "currentPassword", "not-it-at-all", "newPassword", "A-new-Passphrase-2027"))
                                .post("/api/v1/me/password")
                                .then(),
                        400)
                .body("violations[0].field", equalTo("currentPassword"));
        problem(
                        as(first)
                                .body(Map.of("currentPassword", Api.password(username), "newPassword", "short"))
                                .post("/api/v1/me/password")
                                .then(),
                        400)
                .body("violations[0].field", equalTo("newPassword"));
        as(first)
                .body(Map.of("currentPassword", Api.password(username), "newPassword", "A-new-Passphrase-2027"))
                .post("/api/v1/me/password")
                .then()
                .statusCode(204);
        as(first).get("/api/v1/me").then().statusCode(200);
        problem(as(second).get("/api/v1/me").then(), 401);
        Api.login(username, "A-new-Passphrase-2027");
        problem(
                anonymous()
                        .body(Map.of("username", username, "password", Api.password(username)))
                        .post("/api/v1/auth/login")
                        .then(),
                401);
    }

    @Test
    void passwordsAndSecretsNeverLeave() {
        String username = Api.username("secret");
        String created = json().body(Map.of(
                        "username",
                        username,
                        "displayName",
                        "保密",
                        "password",
                        Api.password(username),
                        "role",
                        "viewer",
                        "email",
                        username + "@example.gov.cn"))
                .post("/api/v1/users")
                .then()
                .statusCode(201)
                .extract()
                .asString();
        for (String body : List.of(
                created,
                json().get("/api/v1/users?size=200").asString(),
                json().get("/api/v1/audit?size=200").asString(),
                json().get("/api/v1/tokens?all=true").asString())) {
            assertFalse(
                    body.contains(Api.password(username)),
                    "no password in " + body.substring(0, Math.min(80, body.length())));
            assertFalse(body.toLowerCase().contains("passwordhash"), "no hash");
            assertFalse(body.contains("$2a$"), "no bcrypt hash");
            assertFalse(body.toLowerCase().contains("tokenhash"), "no token hash");
        }
        problem(anonymous().get("/api/v1/users").then(), 401);
        problem(anonymous().get("/api/v1/audit").then(), 401);
        problem(anonymous().get("/api/v1/tokens").then(), 401);
        // The public pages carry no e-mail addresses.
        given().get("/api/v1/dashboard/summary").then().body(not(containsString("@example.gov.cn")));
    }

    @Test
    void passwordPolicyAndUserRules() {
        problem(
                        json().body(Map.of(
                                        "username",
                                        Api.username("weak"),
                                        "displayName",
                                        "x",
                                        "password",
                                        "short",
                                        "role",
                                        "viewer"))
                                .post("/api/v1/users")
                                .then(),
                        400)
                .body("violations[0].field", equalTo("password"));
        String name = Api.username("samename");
        problem(
                        json().body(Map.of(
                                        "username",
                                        name,
                                        "displayName",
                                        "x",
                                        "password",
                                        "xx" + name + "xx",
                                        "role",
                                        "viewer"))
                                .post("/api/v1/users")
                                .then(),
                        400)
                .body("violations[0].message", containsString("username"));
        problem(
                        json().body(Map.of(
                                        "username",
                                        Api.username("noregion"),
                                        "displayName",
                                        "x",
                                        "password",
                                        "Long-enough-pass-1",
                                        "role",
                                        "official",
                                        "regions",
                                        List.of("no-such-region")))
                                .post("/api/v1/users")
                                .then(),
                        400)
                .body("violations[0].field", equalTo("regions[0]"));
        problem(
                json().body(Map.of(
                                "username",
                                "Bad Name",
                                "displayName",
                                "x",
                                "password",
                                "Long-enough-pass-1",
                                "role",
                                "viewer"))
                        .post("/api/v1/users")
                        .then(),
                400);
        problem(
                json().body(Map.of(
                                "username",
                                Api.ADMIN,
                                "displayName",
                                "x",
                                "password",
                                "Long-enough-pass-1",
                                "role",
                                "viewer"))
                        .post("/api/v1/users")
                        .then(),
                409);
        long adminId = json().get("/api/v1/me").jsonPath().getLong("user.id");
        String etag =
                Api.asAdmin().get("/api/v1/users/" + adminId).then().extract().header("ETag");
        problem(
                        json().header("If-Match", etag)
                                .body(Map.of("role", "viewer"))
                                .patch("/api/v1/users/" + adminId)
                                .then(),
                        409)
                .body("detail", containsString("last active admin"));
        problem(
                json().body(Map.of("role", "viewer"))
                        .patch("/api/v1/users/" + adminId)
                        .then(),
                428);
    }

    @Test
    void everyKindOfWriteIsAudited() {
        problem(
                anonymous()
                        .body(Map.of("username", "no-such-user", "password", "a-wrong-password"))
                        .post("/api/v1/auth/login")
                        .then(),
                401);
        String[] official = official();
        long task = Api.newTask(official[1]);
        as(official[0])
                .body(PROGRESS)
                .post("/api/v1/tasks/" + task + "/updates")
                .then()
                .statusCode(201);

        JsonPath update = json().queryParam("entityType", "task")
                .queryParam("entityId", task)
                .queryParam("action", "task.status_update")
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(official[2], update.getString("items[0].actorName"));
        assertEquals("not_started", update.getString("items[0].before.status"));
        assertEquals("in_progress", update.getString("items[0].after.status"));
        assertEquals("127.0.0.1", update.getString("items[0].address"));

        JsonPath create = json().queryParam("entityType", "task")
                .queryParam("entityId", task)
                .queryParam("action", "task.create")
                .get("/api/v1/audit")
                .jsonPath();
        assertEquals(Api.ADMIN, create.getString("items[0].actorName"));
        assertEquals(official[1], create.getString("items[0].after.regionCode"));

        json().body(Map.of("status", "achieved_late", "reason", "实施方案2025年9月获批"))
                .put("/api/v1/milestones/2022H1/override")
                .then()
                .statusCode(200)
                .body("override.status", equalTo("achieved_late"))
                .body("override.by", equalTo("Administrator"));
        given().get("/api/v1/dashboard/summary")
                .then()
                .body("byMilestone.find { it.code == '2022H1' }.status", equalTo("achieved_late"))
                .body("byMilestone.find { it.code == '2022H1' }.overrideReason", equalTo("实施方案2025年9月获批"));
        json().delete("/api/v1/milestones/2022H1/override")
                .then()
                .statusCode(200)
                .body("override", nullValue());

        for (String action : List.of(
                "region.create",
                "user.create",
                "auth.login",
                "auth.login_failed",
                "milestone.override",
                "milestone.override_clear",
                "task.create",
                "task.status_update")) {
            json().queryParam("action", action)
                    .get("/api/v1/audit")
                    .then()
                    .statusCode(200)
                    .body("totalItems", org.hamcrest.Matchers.greaterThan(0));
        }
        json().queryParam("action", "auth.login")
                .queryParam("actor", official[2])
                .get("/api/v1/audit")
                .then()
                .body("totalItems", equalTo(1))
                .body("items[0].entityId", notNullValue());
        JsonPath region = json().queryParam("action", "region.create")
                .queryParam("entityId", official[1])
                .get("/api/v1/audit")
                .jsonPath();
        assertEquals(official[1], region.getString("items[0].after.code"));
        assertTrue(region.getMap("items[0]").get("before") == null, "nothing before a creation");

        String token = as(official[0])
                .body(Map.of("name", "audited"))
                .post("/api/v1/tokens")
                .jsonPath()
                .getString("details.id");
        as(official[0]).delete("/api/v1/tokens/" + token).then().statusCode(204);
        json().queryParam("entityType", "token")
                .queryParam("entityId", token)
                .get("/api/v1/audit")
                .then()
                .body("items.action", hasItem("token.create"))
                .body("items.action", hasItem("token.revoke"))
                .body("items.find { it.action == 'token.revoke' }.after.revokedAt", notNullValue());
        problem(json().queryParam("from", "yesterday").get("/api/v1/audit").then(), 400);
    }

    @Test
    void securityHeadersOnEveryResponse() {
        given().get("/api/v1/plan")
                .then()
                .header("Content-Security-Policy", containsString("script-src 'self';"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Referrer-Policy", equalTo("strict-origin-when-cross-origin"));
        given().get("/embed/regions/hefei-metro")
                .then()
                .header("Content-Security-Policy", containsString("frame-ancestors *"))
                .header("X-Frame-Options", nullValue());
    }
}
