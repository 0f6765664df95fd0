package org.pilotboard.account;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.pilotboard.http.ProblemException;

class PasswordPolicyTest {

    static String refusal(String password, String username) {
        ProblemException e =
                assertThrows(ProblemException.class, () -> PasswordPolicy.check("password", password, username));
        assertEquals("password", e.problem().violations().get(0).field());
        return e.problem().violations().get(0).message();
    }

    @Test
    void aLongVariedPasswordWithoutTheUsernamePasses() {
        assertDoesNotThrow(() -> PasswordPolicy.check("password", "correct horse battery", "zhang.wei"));
    }

    @Test
    void tooShortOrMissing() {
        assertTrue(refusal("short1!", "u").contains("at least 12"));
        assertTrue(refusal(null, "u").contains("at least 12"));
        assertDoesNotThrow(() -> PasswordPolicy.check("password", "abcdefghijkl", null), "exactly 12 is enough");
    }

    @Test
    void tooLong() {
        assertTrue(refusal("abcdefghij".repeat(20) + "x", "u").contains("at most 200"));
    }

    @Test
    void containingTheUsernameInAnyCase() {
        assertTrue(refusal("my-ZHANGWEI-secret", "zhangwei").contains("username"));
    }

    @Test
    void tooFewDifferentCharacters() {
        assertTrue(refusal("abababababababab", "u").contains("5 different"));
    }

    @Test
    void hashesAreSaltedAndMatchOnlyTheirPassword() {
        String hash = PasswordPolicy.hash("correct horse battery");
        assertNotEquals(hash, PasswordPolicy.hash("correct horse battery"));
        assertTrue(PasswordPolicy.matches("correct horse battery", hash));
        assertFalse(PasswordPolicy.matches("correct horse battery!", hash));
        assertFalse(PasswordPolicy.matches("not a password of anyone", null), "an unknown user never matches");
    }
}
