package org.pilotboard.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import org.pilotboard.config.AppClock;
import org.pilotboard.config.PilotboardConfig;
import org.pilotboard.http.Problem;
import org.pilotboard.http.ProblemException;

/**
 * Slows password guessing without letting a stranger lock out an office (docs/security.md). Three
 * counts of failures within the window, each with a wait past its limit that doubles with every
 * further failure (up to the window), answered 429 with Retry-After before the password is checked:
 * <ul>
 * <li>one account from one address: always applies (brute force on one account);</li>
 * <li>one account from all addresses: not for an address the account signed in from before;</li>
 * <li>one address on all accounts (a spray): not for an account that signed in from this address before.</li>
 * </ul>
 * So a colleague who has signed in from the office's address before is never refused there because
 * someone else at that address failed, on other accounts or on theirs from elsewhere.
 */
@ApplicationScoped
class LoginThrottle {

    private final PilotboardConfig.Login config;
    private final AppClock clock;

    LoginThrottle(PilotboardConfig config, AppClock clock) {
        this.config = config.login();
        this.clock = clock;
    }

    /** Throws a 429 when this attempt has to wait; called inside the sign-in transaction. */
    void check(String username, String address) {
        Instant now = clock.now();
        Instant since = now.minus(config.window());
        long wait = wait(
                failures("f.username = ?1 and f.address = ?2 and f.failedAt > ?3", username, address, since),
                config.maxFailuresPerUser(),
                now);
        boolean known = LoginFailure.getEntityManager()
                                .createNativeQuery(
                                        "SELECT count(*) FROM login_known_address WHERE username = ?1 AND address = ?2 AND last_success_at > ?3")
                                .setParameter(1, username)
                                .setParameter(2, address)
                                .setParameter(3, now.minus(config.knownAddressFor()))
                                .getSingleResult()
                        instanceof Number n
                && n.longValue() > 0;
        if (!known) {
            wait = Math.max(
                    wait,
                    wait(
                            failures("f.username = ?1 and f.failedAt > ?2", username, since),
                            config.maxFailuresPerAccount(),
                            now));
            wait = Math.max(
                    wait,
                    wait(
                            failures("f.address = ?1 and f.failedAt > ?2", address, since),
                            config.maxFailuresPerAddress(),
                            now));
        }
        if (wait > 0) {
            throw new ProblemException(
                    new Problem(
                            "urn:pilotboard:problem:too-many-attempts",
                            "Too many attempts",
                            429,
                            "Too many failed sign-ins; try again in " + wait + " seconds",
                            null,
                            null),
                    (int) wait);
        }
    }

    /**
     * Notes a successful sign-in: the address becomes known for the account, and the failures on the
     * account from this address are forgotten (not those from elsewhere, which may be an attacker's).
     */
    void succeeded(String username, String address) {
        LoginFailure.delete("username = ?1 and address = ?2", username, address);
        LoginFailure.getEntityManager()
                .createNativeQuery(
                        "INSERT INTO login_known_address (username, address, last_success_at)"
                                + " VALUES (?1, ?2, ?3) ON CONFLICT (username, address) DO UPDATE SET last_success_at = EXCLUDED.last_success_at")
                .setParameter(1, username)
                .setParameter(2, address)
                .setParameter(3, clock.now())
                .executeUpdate();
    }

    void failed(String username, String address) {
        LoginFailure failure = new LoginFailure();
        failure.username = username;
        failure.address = address;
        failure.failedAt = clock.now();
        failure.persist();
    }

    private record Failures(long count, Instant last) {}

    private static Failures failures(String where, Object... params) {
        var query = LoginFailure.getEntityManager()
                .createQuery("select count(f), max(f.failedAt) from LoginFailure f where " + where, Object[].class);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        Object[] row = query.getSingleResult();
        return new Failures(((Number) row[0]).longValue(), (Instant) row[1]);
    }

    /** Seconds still to wait: none below the limit, then the first backoff doubled per failure past it, at most the window. */
    private long wait(Failures failures, int limit, Instant now) {
        if (failures.count() < limit) {
            return 0;
        }
        long doublings = Math.min(failures.count() - limit, 20);
        Duration backoff = config.firstBackoff().multipliedBy(1L << doublings);
        if (backoff.compareTo(config.window()) > 0) {
            backoff = config.window();
        }
        long seconds = Duration.between(now, failures.last().plus(backoff)).toSeconds();
        return seconds <= 0 ? 0 : seconds;
    }
}
