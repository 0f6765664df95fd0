package org.pilotboard.account;

import jakarta.enterprise.context.RequestScoped;
import org.pilotboard.http.ProblemException;

/**
 * The one place that decides who may write what. Every write operation calls one of the checks
 * before it changes anything: 401 when nobody is signed in, 403 when the caller may not.
 */
@RequestScoped
public class WriteAccess {

    private final Caller caller;

    public WriteAccess(Caller caller) {
        this.caller = caller;
    }

    /** The name recorded as author of a write: the signed-in user's display name. */
    public String actor() {
        requireSignedIn();
        return caller.account().displayName;
    }

    /** Creating and updating tasks: admins anywhere, officials in their own regions. */
    public void checkRegion(String regionCode) {
        requireWriter();
        if (!caller.account().mayWriteIn(regionCode)) {
            throw forbidden(
                    caller.account().role == Role.official
                            ? "You may write only in your own regions; region '" + regionCode + "' is not one of them"
                            : "Your role (" + caller.account().role + ") cannot change tasks");
        }
    }

    /** Writing tasks somewhere (admins, officials), before the region of each write is checked with checkRegion. */
    public void checkTaskWriter() {
        requireWriter();
        if (caller.account().role != Role.admin && caller.account().role != Role.official) {
            throw forbidden("Your role (" + caller.account().role + ") cannot change tasks");
        }
    }

    /** The catalogue, regions, users and milestone overrides: admins only. */
    public void checkAdmin() {
        requireWriter();
        if (caller.account().role != Role.admin) {
            throw forbidden("Only an admin may do this");
        }
    }

    /** Private reads (users, the audit trail): admins, also with a read-only token. */
    public void checkAdminRead() {
        requireSignedIn();
        if (caller.account().role != Role.admin) {
            throw forbidden("Only an admin may see this");
        }
    }

    /** Anything a signed-in user does for themself (sign out, own tokens). */
    public void requireSignedIn() {
        if (!caller.signedIn()) {
            throw ProblemException.of(401, "unauthorized", "Unauthorized", "Sign in first: POST /api/v1/auth/login");
        }
    }

    /** Whether the caller may see internal notes (any signed-in user). */
    public boolean mayReadInternal() {
        return caller.signedIn();
    }

    private void requireWriter() {
        requireSignedIn();
        if (caller.token().readOnly) {
            throw forbidden("This API token is read-only");
        }
    }

    private static ProblemException forbidden(String detail) {
        return ProblemException.of(403, "forbidden", "Forbidden", detail);
    }
}
