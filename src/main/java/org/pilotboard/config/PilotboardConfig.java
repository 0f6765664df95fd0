package org.pilotboard.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Pilotboard's own settings (application.properties, or PILOTBOARD_* environment variables). */
@ConfigMapping(prefix = "pilotboard")
public interface PilotboardConfig {

    /** Load the deterministic demo data set at start-up. */
    @WithDefault("false")
    boolean demoData();

    /** A task is stale when it has not been verified for more than this many days. */
    @WithDefault("90")
    @Min(1)
    @Max(3650)
    int staleAfterDays();

    /** Zone in which "today" is taken for overdue and stale flags. */
    @WithDefault("Asia/Shanghai")
    String timeZone();

    /** How long a sign-in session lasts at most. */
    @WithDefault("PT12H")
    Duration sessionLifetime();

    /** A sign-in session not used for this long ends (API tokens have no idle timeout). */
    @WithDefault("PT1H")
    Duration sessionIdleTimeout();

    /** Reverse proxies (IP addresses) whose X-Forwarded-For names the client, for throttling and the audit trail. */
    @WithDefault("127.0.0.1,::1")
    List<String> trustedProxies();

    /**
     * How old a dashboard summary may be when served from the cache; a write committed on this
     * instance makes the next request compute it again.
     */
    @WithDefault("PT0.75S")
    Duration summaryMaxAge();

    Admin admin();

    Login login();

    Exports exports();

    Reminders reminders();

    RateLimits rateLimits();

    /** Request budgets per client, per instance (docs/api.md, "Rate limits"). */
    interface RateLimits {
        @WithDefault("true")
        boolean enabled();

        /** Requests an API token or a signed-in session may make in a window. */
        @WithDefault("1200")
        @Min(1)
        int perToken();

        /** Requests a client address without a token may make in a window. */
        @WithDefault("600")
        @Min(1)
        int perAddress();

        /** How long a window lasts, from a client's first request in it. */
        @WithDefault("PT1M")
        Duration window();
    }

    /** The daily reminders of stale, due-soon and overdue tasks (docs/reminders.md). */
    interface Reminders {
        /**
         * When the job runs, as a Quartz-style cron expression in Asia/Shanghai time (09:00 daily by
         * default); "off" turns the job off.
         */
        @WithDefault("0 0 9 * * ?")
        String cron();

        /**
         * Send reminder e-mails, through the SMTP server set by quarkus.mailer.host, port, from and
         * credentials. Off by default: with no SMTP server configured, reminders go to the inbox and
         * the webhooks only.
         */
        @WithDefault("false")
        boolean email();

        /** The dashboard's public address (https://...), for links in the e-mails; without it they have none. */
        Optional<String> linkBase();
    }

    /** Streaming downloads (tasks, history, the whole dataset): each holds a database connection throughout. */
    interface Exports {
        /** Downloads at once (at least 1); more are answered 503 busy with Retry-After. */
        @WithDefault("2")
        int maxConcurrent();
    }

    /** The administrator created at the first start when there is none (PILOTBOARD_ADMIN_USERNAME/_PASSWORD). */
    interface Admin {
        @WithDefault("admin")
        String username();

        /** When not set, a random password is generated and logged once. */
        Optional<String> password();
    }

    /**
     * Brute-force protection (docs/security.md): failed sign-ins counted within the window; past each
     * limit the next attempt waits, doubling with every further failure, and is answered 429.
     */
    interface Login {
        /** Failures on one account from one address before it waits. */
        @WithDefault("5")
        int maxFailuresPerUser();

        /** Failures on one account from all addresses before addresses it never signed in from wait. */
        @WithDefault("50")
        int maxFailuresPerAccount();

        /**
         * Failures from one address (on any account) before it waits; accounts that signed in from
         * that address before (known addresses) are never held back by it.
         */
        @WithDefault("100")
        int maxFailuresPerAddress();

        @WithDefault("PT15M")
        Duration window();

        /** The first wait past a limit; it doubles with each further failure, up to the window. */
        @WithDefault("PT30S")
        Duration firstBackoff();

        /** How long an address stays known for an account after a successful sign-in from it. */
        @WithDefault("P90D")
        Duration knownAddressFor();
    }
}
