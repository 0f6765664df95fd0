package org.pilotboard.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NamedSqlTest {

    @Test
    void namesBecomePositionsInOrder() {
        NamedSql sql = NamedSql.of("SELECT * FROM t WHERE a = :a AND b > :b AND c = :a", Map.of("a", 1, "b", "x"));
        assertEquals("SELECT * FROM t WHERE a = ? AND b > ? AND c = ?", sql.sql());
        assertEquals(List.of(1, "x", 1), sql.values());
    }

    @Test
    void aCollectionBecomesOnePlaceholderPerElement() {
        NamedSql sql = NamedSql.of("WHERE r.code IN (:codes)", Map.of("codes", List.of("a", "b", "c")));
        assertEquals("WHERE r.code IN (?, ?, ?)", sql.sql());
        assertEquals(List.of("a", "b", "c"), sql.values());
    }

    @Test
    void castsAndQuotedTextAreLeftAlone() {
        NamedSql sql = NamedSql.of("SELECT CAST(:d AS date), x::text, ':not' FROM t", Map.of("d", "2026-01-01"));
        assertEquals("SELECT CAST(? AS date), x::text, ':not' FROM t", sql.sql());
        assertEquals(List.of("2026-01-01"), sql.values());
    }

    @Test
    void aMissingValueIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> NamedSql.of("WHERE a = :missing", Map.of()));
    }
}
