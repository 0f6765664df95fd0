package org.pilotboard.http;

import jakarta.ws.rs.core.EntityTag;

/**
 * Optimistic concurrency by entity version: the ETag of a record is its version, and writes must
 * name the version they were based on in If-Match.
 */
public final class Versioned {

    private Versioned() {}

    public static EntityTag etag(int version) {
        return new EntityTag(Integer.toString(version));
    }

    /**
     * Checks an If-Match header against the current version: missing is 428, any tag other than
     * the current one (or "*") is 412.
     */
    public static void requireMatch(String ifMatch, int currentVersion, String what) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ProblemException.of(
                    428,
                    "precondition-required",
                    "Precondition required",
                    "Send If-Match with the ETag of the " + what + " you read (current ETag: \"" + currentVersion
                            + "\")");
        }
        if (!matches(ifMatch, currentVersion)) {
            throw ProblemException.of(
                    412,
                    "precondition-failed",
                    "Precondition failed",
                    "The " + what + " was changed by someone else: it is now at ETag \"" + currentVersion
                            + "\". Read it again and re-apply your change.");
        }
    }

    /** An optional If-Match (for appends): only checked when present. */
    public static void checkOptionalMatch(String ifMatch, int currentVersion, String what) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            requireMatch(ifMatch, currentVersion, what);
        }
    }

    static boolean matches(String ifMatch, int currentVersion) {
        for (String raw : ifMatch.split(",")) {
            String tag = raw.trim();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
                tag = tag.substring(1, tag.length() - 1);
            }
            if (tag.equals(Integer.toString(currentVersion))) {
                return true;
            }
        }
        return false;
    }
}
