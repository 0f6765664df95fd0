package org.pilotboard.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class EmbeddedModeTest {

    private static final BooleanSupplier ANSWERS = () -> true;
    private static final BooleanSupplier SILENT = () -> false;

    @Test
    void autoStartsItOnlyWithoutAConfiguredUrlAndWithNothingOnTheDefault() throws Exception {
        EmbeddedMode auto = EmbeddedMode.parse("auto");
        assertTrue(auto.useEmbedded(false, SILENT));
        assertFalse(auto.useEmbedded(false, ANSWERS), "a running default server is used");
        AtomicInteger probes = new AtomicInteger();
        assertFalse(auto.useEmbedded(true, () -> probes.incrementAndGet() < 0), "a configured URL never falls back");
        assertEquals(0, probes.get(), "and the default is not even probed");
    }

    @Test
    void alwaysAndNeverDoNotLook() throws Exception {
        assertTrue(EmbeddedMode.parse("ALWAYS").useEmbedded(true, ANSWERS));
        assertFalse(EmbeddedMode.parse(" never ").useEmbedded(false, SILENT));
    }

    @Test
    void anUnknownModeIsOneLine() {
        StartFailure f = assertThrows(StartFailure.class, () -> EmbeddedMode.parse("sometimes"));
        assertEquals("PILOTBOARD_EMBEDDED_DB must be auto, always or never, not 'sometimes'.", f.getMessage());
    }
}
