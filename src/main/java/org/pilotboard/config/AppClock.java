package org.pilotboard.config;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The application's notion of now and today (today in the configured zone, China by default). */
@ApplicationScoped
public class AppClock {

    private final Clock clock;

    public AppClock(@ConfigProperty(name = "pilotboard.time-zone", defaultValue = "Asia/Shanghai") String zone) {
        this.clock = Clock.system(ZoneId.of(zone));
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
