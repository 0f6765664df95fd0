package org.pilotboard.common;

import jakarta.enterprise.context.RequestScoped;

/**
 * The one seam every write goes through: who is acting, and may they touch this region.
 *
 * <p>Until sign-in exists every write is allowed and the actor is whoever the request names
 * (or "anonymous"). Sign-in replaces the body of these two methods, not their callers.
 */
@RequestScoped
public class WriteAccess {

    /** The name recorded as author of a write. */
    public String actor(String claimedName) {
        return claimedName == null || claimedName.isBlank() ? "anonymous" : claimedName.strip();
    }

    /** Throws when the caller may not write in the given region (null: a write not bound to a region). */
    public void checkRegion(String regionCode) {
        // Open until sign-in: see the class comment.
    }

    /** Throws when the caller may not change the plan catalogue or regions. */
    public void checkAdmin() {
        // Open until sign-in: see the class comment.
    }
}
