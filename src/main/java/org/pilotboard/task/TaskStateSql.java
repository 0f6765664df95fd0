package org.pilotboard.task;

import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * SQL for the state of every task, either as it stands now or as it stood at the end of a past day,
 * rebuilt from the append-only history: the latest status update and planned-date revision recorded
 * by then. Titles, descriptions and units are shown as they are now (they carry no history).
 *
 * <p>Both forms have the same columns as the task table, so queries select {@code FROM (source) t}.
 */
public final class TaskStateSql {

    private static final String COLUMNS =
            "t.id, t.region_id, t.measure_code, t.milestone_code, t.title_zh, t.title_en, "
                    + "t.description_zh, t.description_en, t.responsible_unit, t.baseline_start, t.baseline_end, "
                    + "t.implementation_doc_number, t.implementation_doc_url, t.internal_note, t.demo, t.created_at, t.external_key";

    private static final String NOW = "SELECT " + COLUMNS + ", t.planned_start, t.planned_end, t.actual_start, "
            + "t.actual_end, t.status, t.progress, t.last_verified_at, t.version, t.updated_at FROM task t";

    private static final String AS_OF = "SELECT " + COLUMNS + """
            ,
                   COALESCE(rv.planned_start, rn.previous_planned_start, t.planned_start) AS planned_start,
                   COALESCE(rv.planned_end, rn.previous_planned_end, t.planned_end) AS planned_end,
                   u.actual_start, u.actual_end,
                   COALESCE(u.status, 'not_started') AS status,
                   COALESCE(u.progress, 0) AS progress,
                   COALESCE(u.recorded_at, t.created_at) AS last_verified_at,
                   GREATEST(COALESCE(u.task_version, 0), COALESCE(rv.task_version, 0)) AS version,
                   GREATEST(t.created_at, u.recorded_at, rv.recorded_at) AS updated_at
              FROM task t
              LEFT JOIN LATERAL (SELECT s.status, s.progress, s.actual_start, s.actual_end, s.recorded_at, s.task_version
                                   FROM status_update s WHERE s.task_id = t.id AND s.recorded_at <= :asOfEnd
                                  ORDER BY s.recorded_at DESC, s.task_version DESC LIMIT 1) u ON TRUE
              LEFT JOIN LATERAL (SELECT r.planned_start, r.planned_end, r.recorded_at, r.task_version
                                   FROM task_revision r WHERE r.task_id = t.id AND r.recorded_at <= :asOfEnd
                                  ORDER BY r.recorded_at DESC, r.task_version DESC LIMIT 1) rv ON TRUE
              LEFT JOIN LATERAL (SELECT r.previous_planned_start, r.previous_planned_end
                                   FROM task_revision r WHERE r.task_id = t.id AND r.recorded_at > :asOfEnd
                                  ORDER BY r.recorded_at, r.task_version LIMIT 1) rn ON TRUE
             WHERE t.created_at <= :asOfEnd""";

    private TaskStateSql() {}

    /** The task states now (asOf null) or at the end of the day asOf. */
    public static String source(LocalDate asOf) {
        return asOf == null ? NOW : AS_OF;
    }

    /** Binds the end of the as-of day, which only the as-of source has as a parameter. */
    public static void bind(Query query, LocalDate asOf, ZoneId zone) {
        if (asOf != null) {
            query.setParameter("asOfEnd", endOf(asOf, zone));
        }
    }

    /** The last instant of a day in the zone. */
    public static Instant endOf(LocalDate day, ZoneId zone) {
        return day.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1000);
    }
}
