package org.pilotboard.robustness;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A content hash of every table, to show that a refused request changed nothing. Left out are the
 * writes a refused request makes by design: failed sign-ins (login_failure and their audit
 * records) and a token's last-used time. The dashboard's task tally is compared by what it means
 * (tally and pending deltas summed), since any read may fold the deltas into the tally; its
 * overdue/stale columns and clock move with the day, not with requests.
 */
public final class DbFingerprint {

    private static final Map<String, String> PROJECTIONS = Map.of(
            "access_token",
                    "SELECT id, account_id, kind, name, token_hash, read_only, created_at, expires_at, revoked_at FROM access_token",
            "audit_event", "SELECT * FROM audit_event WHERE action <> 'auth.login_failed'",
            // What a request writes into a delivery; its progress (status, attempts, the next and last
            // attempt) is the dispatcher's, in the background, while the fuzzer goes on.
            "webhook_delivery",
                    "SELECT id, webhook_id, event_type, event_id, payload, created_at FROM webhook_delivery",
            "task_tally",
                    "SELECT region_id, factor_code, milestone_code, status, sum(tasks), sum(progress_sum) FROM ("
                            + "SELECT region_id, factor_code, milestone_code, status, tasks, progress_sum FROM task_tally UNION ALL "
                            + "SELECT region_id, factor_code, milestone_code, status, tasks, progress_sum FROM task_tally_delta) t "
                            + "GROUP BY 1, 2, 3, 4 HAVING sum(tasks) <> 0 OR sum(progress_sum) <> 0");
    private static final List<String> SKIPPED =
            List.of("login_failure", "flyway_schema_history", "task_tally_delta", "task_tally_clock");

    private final String query;

    public DbFingerprint(Connection c) throws SQLException {
        List<String> parts = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename")) {
            while (rs.next()) {
                String table = rs.getString(1);
                if (!SKIPPED.contains(table)) {
                    String rows = PROJECTIONS.getOrDefault(table, "SELECT * FROM " + table);
                    parts.add("SELECT '" + table
                            + "', count(*), md5(coalesce(string_agg(md5(x::text), ',' ORDER BY md5(x::text)), '')) FROM ("
                            + rows + ") x");
                }
            }
        }
        query = String.join(" UNION ALL ", parts);
    }

    /** Table name to row count and content hash. */
    public Map<String, String> take(Connection c) throws SQLException {
        Map<String, String> result = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                result.put(rs.getString(1), rs.getLong(2) + ":" + rs.getString(3));
            }
        }
        return result;
    }

    /** The tables whose content differs. */
    public static List<String> changed(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        after.forEach((table, print) -> {
            if (!Objects.equals(before.get(table), print)) {
                changed.add(table);
            }
        });
        return changed;
    }
}
