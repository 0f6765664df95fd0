package org.pilotboard.db;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * SQL written with named parameters ({@code :name}, as in the native queries) turned into JDBC's
 * positional ones, for the hot reads that go to JDBC directly. A collection value becomes one
 * parameter per element (for {@code IN (:names)}); {@code ::} casts and quoted text are left alone.
 */
public record NamedSql(String sql, List<Object> values) {

    public static NamedSql of(String sql, Map<String, ?> params) {
        StringBuilder out = new StringBuilder(sql.length());
        List<Object> values = new ArrayList<>();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'') {
                int end = sql.indexOf('\'', i + 1);
                end = end < 0 ? sql.length() - 1 : end;
                out.append(sql, i, end + 1);
                i = end + 1;
            } else if (c == ':' && i + 1 < sql.length() && sql.charAt(i + 1) == ':') {
                out.append("::");
                i += 2;
            } else if (c == ':' && i + 1 < sql.length() && Character.isJavaIdentifierStart(sql.charAt(i + 1))) {
                int end = i + 1;
                while (end < sql.length() && Character.isJavaIdentifierPart(sql.charAt(end))) {
                    end++;
                }
                String name = sql.substring(i + 1, end);
                if (!params.containsKey(name)) {
                    throw new IllegalArgumentException("No value for :" + name);
                }
                Object value = params.get(name);
                if (value instanceof Collection<?> many) {
                    out.append(String.join(", ", Collections.nCopies(many.size(), "?")));
                    values.addAll(many);
                } else {
                    out.append('?');
                    values.add(value);
                }
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return new NamedSql(out.toString(), values);
    }

    /** Binds the values in order; instants as timestamps with time zone. */
    public void bind(PreparedStatement statement) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            statement.setObject(
                    i + 1,
                    value instanceof Instant instant ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC) : value);
        }
    }
}
