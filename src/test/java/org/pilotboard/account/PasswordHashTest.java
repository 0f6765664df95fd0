package org.pilotboard.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Passwords hashed before the move from jbcrypt to Elytron's bcrypt still sign in; wrong ones still fail. */
class PasswordHashTest {

    // Written by org.mindrot:jbcrypt 0.4 (BCrypt.hashpw(password, BCrypt.gensalt(12))), as stored by earlier versions.
    private static final String ASCII = "Correct-Horse-Battery-26";
    private static final String ASCII_BY_JBCRYPT = "$2a$12$x6/IPJ2h1kGYDL7D26Kuh.OdoCctPBBBZgd9cFVuDFNu4zkTL9HsC";
    private static final String NON_ASCII = "Päss-wörd-密码-2026";
    private static final String NON_ASCII_BY_JBCRYPT = "$2a$12$WTBHJs8Omt612Fc4yjhFFuibBY8UmmUX96W81xmt.byvT9aBEFe7W";
    /** Longer than bcrypt's 72 bytes: only those count, in both implementations. */
    private static final String LONG = "long-" + "0123456789".repeat(10);

    private static final String LONG_BY_JBCRYPT = "$2a$12$W.tZw6.dxTEgwMLl6cBAJOgAxgQOhIDSZlnNLNNsgl0Kb6jupVw36";

    @Test
    void hashesWrittenByJbcryptStillVerify() {
        assertTrue(PasswordPolicy.matches(ASCII, ASCII_BY_JBCRYPT));
        assertTrue(PasswordPolicy.matches(NON_ASCII, NON_ASCII_BY_JBCRYPT));
        assertTrue(PasswordPolicy.matches(LONG, LONG_BY_JBCRYPT));
    }

    @Test
    void aWrongPasswordFailsAgainstAJbcryptHash() {
        assertFalse(PasswordPolicy.matches("Correct-Horse-Battery-27", ASCII_BY_JBCRYPT));
        assertFalse(PasswordPolicy.matches("Pass-word-密码-2026", NON_ASCII_BY_JBCRYPT));
        assertFalse(PasswordPolicy.matches("", ASCII_BY_JBCRYPT));
    }

    @Test
    void newHashesAreBcryptOfCost12AndVerify() {
        String hash = PasswordPolicy.hash(ASCII);
        assertTrue(hash.startsWith("$2a$12$"), hash);
        assertTrue(PasswordPolicy.matches(ASCII, hash));
        assertFalse(PasswordPolicy.matches(NON_ASCII, hash));
    }

    @Test
    void anUnknownUserNeverMatches() {
        assertFalse(PasswordPolicy.matches("not a password of anyone", null));
    }
}
