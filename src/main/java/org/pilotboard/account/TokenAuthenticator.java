package org.pilotboard.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.pilotboard.config.AppClock;
import org.pilotboard.config.PilotboardConfig;

/** Finds the account behind a bearer token, and notes when the token was last used. */
@ApplicationScoped
public class TokenAuthenticator {

    /** Last-used times are written at most this often per token, so reads do not all become writes. */
    private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    public record Identity(Account account, AccessToken token) {}

    private final AppClock clock;
    private final Duration idleTimeout;

    public TokenAuthenticator(AppClock clock, PilotboardConfig config) {
        this.clock = clock;
        this.idleTimeout = config.sessionIdleTimeout();
    }

    @Transactional
    public Optional<Identity> identify(String token) {
        if (token.isEmpty() || token.length() > 200) {
            return Optional.empty();
        }
        Instant now = clock.now();
        // One query for the token, its account and the account's regions (the permission checks need them).
        Optional<AccessToken> found = AccessToken.find(
                        "from AccessToken t join fetch t.account a left join fetch a.regions"
                                + " where t.tokenHash = ?1",
                        Tokens.hash(token))
                .singleResultOptional();
        if (found.isEmpty() || !found.get().usableAt(now)) {
            return Optional.empty();
        }
        AccessToken used = found.get();
        if (used.kind.equals(AccessToken.SESSION) && idle(used, now)) {
            return Optional.empty();
        }
        if (used.lastUsedAt == null || used.lastUsedAt.isBefore(now.minus(LAST_USED_RESOLUTION))) {
            used.lastUsedAt = now;
        }
        used.account.regions.size(); // loaded now: permission checks need them after this transaction
        return Optional.of(new Identity(used.account, used));
    }

    /** A sign-in session unused for the idle timeout has ended (last use is noted to the minute). */
    private boolean idle(AccessToken session, Instant now) {
        Instant last = session.lastUsedAt == null ? session.createdAt : session.lastUsedAt;
        return last.plus(idleTimeout).plus(LAST_USED_RESOLUTION).isBefore(now);
    }
}
