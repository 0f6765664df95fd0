package org.pilotboard.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ChineseNumeralsTest {

    @Test
    void numbersAsThePlanWritesThem() {
        assertEquals("一", ChineseNumerals.of(1));
        assertEquals("五", ChineseNumerals.of(5));
        assertEquals("十", ChineseNumerals.of(10));
        assertEquals("十二", ChineseNumerals.of(12));
        assertEquals("二十", ChineseNumerals.of(20));
        assertEquals("二十一", ChineseNumerals.of(21));
        assertEquals("九十九", ChineseNumerals.of(99));
    }

    @Test
    void outsideOneToNinetyNineIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ChineseNumerals.of(0));
        assertThrows(IllegalArgumentException.class, () -> ChineseNumerals.of(100));
    }
}
