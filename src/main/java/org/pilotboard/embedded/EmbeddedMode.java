package org.pilotboard.embedded;

import java.util.Locale;
import java.util.function.BooleanSupplier;

/** PILOTBOARD_EMBEDDED_DB: when the app starts a PostgreSQL server of its own instead of using one. */
public enum EmbeddedMode {
    /** Only where nothing else can serve: no datasource URL configured, and nothing answering on the default one. */
    AUTO,
    /** Always, whatever URL is configured (tests, demos). */
    ALWAYS,
    /** Never: the configured or default server, as before the embedded one existed. */
    NEVER;

    /** The mode named by the setting; an unknown name is a one-line {@link StartFailure}. */
    public static EmbeddedMode parse(String value) throws StartFailure {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new StartFailure("PILOTBOARD_EMBEDDED_DB must be auto, always or never, not '" + value + "'.");
        }
    }

    /**
     * Whether to start the embedded server. A configured URL never falls back to it (production is
     * explicit); the default server is probed only when its answer matters.
     */
    public boolean useEmbedded(boolean urlConfigured, BooleanSupplier defaultServerAnswers) {
        return switch (this) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> !urlConfigured && !defaultServerAnswers.getAsBoolean();
        };
    }
}
