package org.pilotboard.http;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pilotboard.Api.as;
import static org.pilotboard.Api.login;
import static org.pilotboard.Api.newUser;
import static org.pilotboard.Api.password;
import static org.pilotboard.Api.problem;
import static org.pilotboard.Api.username;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Limits a client can see (issue 20, point 5): every API answer says the client's budget in
 * RateLimit-* headers, and one over it gets 429 with Retry-After and a problem. Tokens and
 * addresses have budgets of their own. The budgets here are small so that a test reaches them; each
 * test uses a client (token, or X-Forwarded-For address from the trusted proxy) of its own.
 */
@QuarkusTest
@TestProfile(RateLimitTest.SmallBudgets.class)
class RateLimitTest {

    static final int PER_TOKEN = 6;
    static final int PER_ADDRESS = 4;

    public static class SmallBudgets implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "pilotboard.rate-limits.per-token", String.valueOf(PER_TOKEN),
                    "pilotboard.rate-limits.per-address", String.valueOf(PER_ADDRESS),
                    "pilotboard.rate-limits.window", "PT10M");
        }
    }

    private static int counter;

    /** An address of the test's own, as the trusted proxy (127.0.0.1) names it. */
    private static synchronized String address() {
        return "198.51.100." + (++counter);
    }

    @Test
    void anAnonymousClientSeesItsBudgetShrinkThenGets429WithRetryAfter() {
        String address = address();
        for (int i = 1; i <= PER_ADDRESS; i++) {
            Response r = given().header("X-Forwarded-For", address).get("/api/v1/regions");
            assertEquals(200, r.statusCode());
            assertEquals(String.valueOf(PER_ADDRESS), r.header("RateLimit-Limit"));
            assertEquals(String.valueOf(PER_ADDRESS - i), r.header("RateLimit-Remaining"));
            long reset = Long.parseLong(r.header("RateLimit-Reset"));
            assertTrue(reset > 0 && reset <= 600, "seconds until the window ends: " + reset);
        }
        var refused = given().header("X-Forwarded-For", address)
                .get("/api/v1/regions")
                .then();
        problem(refused, 429)
                .body("type", equalTo("urn:pilotboard:problem:rate-limited"))
                .header("RateLimit-Remaining", "0");
        long retryAfter = Long.parseLong(refused.extract().header("Retry-After"));
        assertTrue(retryAfter > 0 && retryAfter <= 600, "Retry-After " + retryAfter);

        // Another address is another client.
        given().header("X-Forwarded-For", address())
                .get("/api/v1/regions")
                .then()
                .statusCode(200)
                .header("RateLimit-Remaining", String.valueOf(PER_ADDRESS - 1));
    }

    @Test
    void theCachedPublicSummarySpendsFromTheSameBudget() {
        String address = address();
        given().header("X-Forwarded-For", address).get("/api/v1/regions").then().statusCode(200);
        for (int i = 2; i <= PER_ADDRESS; i++) {
            given().header("X-Forwarded-For", address)
                    .get("/api/v1/dashboard/summary")
                    .then()
                    .statusCode(200)
                    .header("RateLimit-Remaining", String.valueOf(PER_ADDRESS - i));
        }
        problem(
                        given().header("X-Forwarded-For", address)
                                .get("/api/v1/dashboard/summary")
                                .then(),
                        429)
                .header("Retry-After", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void aTokenHasABudgetOfItsOwnWhateverTheAddress() {
        String user = username("limited");
        newUser(user, "viewer", List.of());
        String token = login(user, password(user)); // the sign-in spends from the address's budget, not the token's
        String shared = address();
        for (int i = 1; i <= PER_TOKEN; i++) {
            as(token)
                    .header("X-Forwarded-For", i % 2 == 0 ? shared : address())
                    .get("/api/v1/me")
                    .then()
                    .statusCode(200)
                    .header("RateLimit-Limit", String.valueOf(PER_TOKEN))
                    .header("RateLimit-Remaining", String.valueOf(PER_TOKEN - i));
        }
        problem(as(token).get("/api/v1/me").then(), 429);
        // The address it used is not spent by the token's requests.
        given().header("X-Forwarded-For", shared)
                .get("/api/v1/regions")
                .then()
                .statusCode(200)
                .header("RateLimit-Remaining", String.valueOf(PER_ADDRESS - 1));
    }
}
