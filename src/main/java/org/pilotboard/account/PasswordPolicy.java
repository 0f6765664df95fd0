package org.pilotboard.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import org.pilotboard.http.ProblemException;

/** The minimum password policy, and bcrypt hashing (Modular Crypt format, $2a$: hashes written by jbcrypt verify too). */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    private static final int BCRYPT_COST = 12;
    /** Compared against when the username is unknown, so that both answers take as long. */
    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("not a password of anyone", BCRYPT_COST);

    private PasswordPolicy() {}

    static void check(String field, String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw ProblemException.invalid(field, "body", "must be at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > 200) {
            throw ProblemException.invalid(field, "body", "must be at most 200 characters");
        }
        if (username != null && password.toLowerCase().contains(username.toLowerCase())) {
            throw ProblemException.invalid(field, "body", "must not contain the username");
        }
        if (password.chars().distinct().count() < 5) {
            throw ProblemException.invalid(field, "body", "must use at least 5 different characters");
        }
    }

    static String hash(String password) {
        return BcryptUtil.bcryptHash(password, BCRYPT_COST);
    }

    /** Whether the password matches; takes the same time for an unknown user (null hash). */
    static boolean matches(String password, String hash) {
        boolean matches = BcryptUtil.matches(password, hash == null ? DUMMY_HASH : hash);
        return hash != null && matches;
    }
}
