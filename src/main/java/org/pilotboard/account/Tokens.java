package org.pilotboard.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random bearer tokens and their stored form (SHA-256, hex). */
final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Tokens() {}

    /** A new token: a prefix saying what it is, then 256 random bits. */
    static String newToken(String kind) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return (AccessToken.API.equals(kind) ? "pbt_" : "pbs_")
                + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * The CSRF token of a cookie session: derived from the session token, so nothing more is stored,
     * and only who holds the session (never another site: the cookie is HttpOnly) can know it.
     */
    static String csrfToken(String sessionToken) {
        return "pbc_" + hash("csrf:" + sessionToken).substring(0, 43);
    }

    /** Compares in constant time. */
    static boolean same(String expected, String given) {
        return given != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    /** A random password for the bootstrap admin: 20 characters from an unambiguous alphabet. */
    static String newPassword() {
        String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return password.toString();
    }
}
