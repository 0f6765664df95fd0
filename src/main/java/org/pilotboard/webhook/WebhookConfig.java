package org.pilotboard.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.util.List;

/** Webhook delivery settings (pilotboard.webhooks.*, or PILOTBOARD_WEBHOOKS_* environment variables). */
@ConfigMapping(prefix = "pilotboard.webhooks")
public interface WebhookConfig {

    /** How often the dispatcher looks for due deliveries (deliveries also start right after the write commits). */
    @WithDefault("1s")
    String pollInterval();

    /** Deliveries claimed and sent at once by one dispatcher. */
    @WithDefault("20")
    @Min(1)
    @Max(500)
    int batchSize();

    /** Attempts before a delivery is given up as failed. */
    @WithDefault("8")
    @Min(1)
    @Max(50)
    int maxAttempts();

    /** Wait after the 1st, 2nd, … failed attempt; the last value repeats. */
    @WithDefault("PT10S,PT30S,PT2M,PT10M,PT1H,PT3H,PT6H")
    List<Duration> backoff();

    /** Random spread of each wait, as a fraction (0.2: ±20%), so that retries do not arrive in waves. */
    @WithDefault("0.2")
    double jitter();

    @WithDefault("PT5S")
    Duration connectTimeout();

    /** Time allowed for the receiver's answer. */
    @WithDefault("PT10S")
    Duration requestTimeout();

    /**
     * How long a claimed delivery belongs to the dispatcher that claimed it. When the outcome is not
     * recorded by then (the process died), the delivery is due again. Longer than connect + request timeout.
     */
    @WithDefault("PT1M")
    Duration lease();

    /**
     * Whether webhook URLs may point at loopback, private, link-local or other internal addresses.
     * Off in production: a webhook must not become a way to reach internal services.
     */
    @WithDefault("false")
    boolean allowPrivateNetworks();

    /** How often milestone statuses are checked for changes that come with time (a due date passing). */
    @WithDefault("1h")
    String milestoneCheckInterval();

    /** Delivered and failed deliveries older than this are removed. */
    @WithDefault("P30D")
    Duration retention();
}
