package org.pilotboard.common;

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

    /** How long a sign-in session lasts. */
    @WithDefault("PT12H")
    Duration sessionLifetime();

    /** Reverse proxies (IP addresses) whose X-Forwarded-For names the client, for throttling and the audit trail. */
    @WithDefault("127.0.0.1,::1")
    List<String> trustedProxies();

    Admin admin();

    Login login();

    /** The administrator created at the first start when there is none (PILOTBOARD_ADMIN_USERNAME/_PASSWORD). */
    interface Admin {
        @WithDefault("admin")
        String username();

        /** When not set, a random password is generated and logged once. */
        Optional<String> password();
    }

    /** Brute-force protection: failed sign-ins allowed within the window before 429. */
    interface Login {
        @WithDefault("5")
        int maxFailuresPerUser();

        @WithDefault("20")
        int maxFailuresPerAddress();

        @WithDefault("PT15M")
        Duration window();
    }
}
