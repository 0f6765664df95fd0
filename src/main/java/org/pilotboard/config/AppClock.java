package org.pilotboard.config;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The application's notion of now and today (today in the configured zone, China by default). */
@ApplicationScoped
public class AppClock {

    private final Clock clock;

    public AppClock(PilotboardConfig config) {
        this.clock = Clock.system(ZoneId.of(config.timeZone()));
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public ZoneId zone() {
        return clock.getZone();
    }
}
