package org.pilotboard.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

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
}
