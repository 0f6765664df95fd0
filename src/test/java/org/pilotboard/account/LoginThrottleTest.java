package org.pilotboard.account;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pilotboard.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.pilotboard.Api;

/**
 * Sign-in throttling (docs/security.md): attackers wait, colleagues at the same address do not.
 * Each test signs in from addresses of its own, through the trusted local proxy's X-Forwarded-For.
 * The test profile sets the per-account limit to 8 and the per-address one to 30.
 */
@QuarkusTest
class LoginThrottleTest {

    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 200));

    private static String address() {
        int n = NEXT.incrementAndGet();
        return "198.51." + (100 + n / 250 % 100) + "." + (1 + n % 250);
    }

    private static ValidatableResponse login(String from, String username, String password) {
        return given().contentType(ContentType.JSON)
                .header("X-Forwarded-For", from)
                .body(Map.of("username", username, "password", password))
                .post("/api/v1/auth/login")
                .then();
    }

    private static String user(String prefix) {
        String username = Api.username(prefix);
        Api.newUser(username, "official", List.of());
        return username;
    }

    private static int retryAfter(ValidatableResponse refused) {
        String header = problem(refused, 429).extract().header("Retry-After");
        return Integer.parseInt(header);
    }

    @Test
    void bruteForceOnOneAccountEndsIn429ButAColleagueAtTheSameAddressSignsIn() {
        String office = address();
        String victim = user("victim");
        String colleague = user("colleague");
        for (int i = 1; i <= 5; i++) {
            problem(login(office, victim, "wrong-password-" + i), 401);
        }
        int wait = retryAfter(login(office, victim, "wrong-password-6"));
        assertTrue(wait > 0 && wait <= 30, "the first wait is the first backoff: " + wait);
        // Refused before the password is checked: the right password gets the same answer (no oracle).
        retryAfter(login(office, victim, Api.password(victim)));

        // The colleague's right password at the same address works, and a typo of theirs is only a 401.
        problem(login(office, colleague, "a-typo-of-mine"), 401);
        login(office, colleague, Api.password(colleague)).statusCode(200);
        // The victim, from another address, is not held back by the attacker's failures at this one.
        login(address(), victim, Api.password(victim)).statusCode(200);
    }

    @Test
    void aSprayFromOneAddressWaitsButNeverRefusesAColleagueWhoSignedInThereBefore() {
        String office = address();
        String colleague = user("sprayed-colleague");
        login(office, colleague, Api.password(colleague)).statusCode(200); // the office address is now known for them
        for (int i = 0; i < 30; i++) {
            problem(login(office, "spray-" + i + "-" + System.nanoTime(), "Spring2026!"), 401);
        }
        // The spray waits, for unknown names and for accounts never signed in from here alike (no hint who exists).
        int wait = retryAfter(login(office, "spray-next-" + System.nanoTime(), "Spring2026!"));
        assertTrue(wait > 0 && wait <= 30, "wait " + wait);
        retryAfter(login(office, user("never-here"), "Spring2026!"));
        // The colleague is never refused there for it.
        login(office, colleague, Api.password(colleague)).statusCode(200);
        problem(login(office, colleague, "a-typo-of-mine"), 401);
        login(office, colleague, Api.password(colleague)).statusCode(200);
        // Other addresses are not affected at all.
        problem(login(address(), "spray-elsewhere-" + System.nanoTime(), "Spring2026!"), 401);
    }

    @Test
    void guessesOnOneAccountFromManyAddressesWaitButNotAtTheOwnersKnownAddress() {
        String owner = user("distributed");
        String home = address();
        login(home, owner, Api.password(owner)).statusCode(200);
        for (int i = 0; i < 8; i++) {
            problem(login(address(), owner, "wrong-password-" + i), 401);
        }
        retryAfter(login(address(), owner, "wrong-password-x"));
        login(home, owner, Api.password(owner)).statusCode(200);
    }
}
