package org.pilotboard.account;

import org.mindrot.jbcrypt.BCrypt;
import org.pilotboard.http.ProblemException;

/** The minimum password policy, and bcrypt hashing. */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    private static final int BCRYPT_COST = 12;
    /** Compared against when the username is unknown, so that both answers take as long. */
    private static final String DUMMY_HASH = BCrypt.hashpw("not a password of anyone", BCrypt.gensalt(BCRYPT_COST));

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
        return BCrypt.hashpw(password, BCrypt.gensalt(BCRYPT_COST));
    }

    /** Whether the password matches; takes the same time for an unknown user (null hash). */
    static boolean matches(String password, String hash) {
        boolean matches = BCrypt.checkpw(password, hash == null ? DUMMY_HASH : hash);
        return hash != null && matches;
    }
}
