package org.pilotboard.dashboard;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pilotboard.config.AppClock;
import org.pilotboard.dashboard.DashboardViews.Burnup;
import org.pilotboard.dashboard.DashboardViews.BurnupPoint;
import org.pilotboard.dashboard.DashboardViews.Timeline;
import org.pilotboard.dashboard.DashboardViews.TimelineMilestone;
import org.pilotboard.dashboard.DashboardViews.TimelineTask;
import org.pilotboard.plan.Milestone;
import org.pilotboard.plan.PlanDocument;
import org.pilotboard.task.TaskReader;
import org.pilotboard.task.TaskStateSql;
import org.pilotboard.task.TaskStatus;

/** The dashboard's two charts over the tasks matching its filters: timeline bars and the month-by-month burn-up. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DashboardCharts {

    private final EntityManager em;
    private final TaskReader tasks;
    private final AppClock clock;

    public DashboardCharts(EntityManager em, TaskReader tasks, AppClock clock) {
        this.em = em;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** Timeline bars for the tasks matching the filters (null: any), at most limit of them. */
    @SuppressWarnings("unchecked")
    public Timeline timeline(
            String region, String factor, String milestone, TaskStatus status, int limit, LocalDate asOf) {
        tasks.checkAsOf(asOf);
        LocalDate today = tasks.today(asOf);
        // Only the filters given, so that each combination gets a plan of its own; one region is read in
        // the order of its index (planned start, id), so a page of bars needs no sort of all its tasks.
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (region != null) {
            where.append(" AND t.region_id = (SELECT rr.id FROM region rr WHERE rr.code = :region)");
            params.put("region", region);
        }
        if (factor != null) {
            where.append(" AND i.factor_code = :factor");
            params.put("factor", factor);
        }
        if (milestone != null) {
            where.append(" AND t.milestone_code = :milestone");
            params.put("milestone", milestone);
        }
        if (status != null) {
            where.append(" AND t.status = :status");
            params.put("status", status.name());
        }
        String tasksOnly = " FROM (" + TaskStateSql.source(asOf) + ") t";
        String from = tasksOnly
                + " JOIN region r ON r.id = t.region_id"
                + " JOIN measure m ON m.code = t.measure_code"
                + " JOIN plan_item i ON i.number = m.item_number" + where;
        Query rows = em.createNativeQuery("""
                SELECT t.id, r.code, i.factor_code, t.measure_code, t.milestone_code, t.title_zh, t.title_en, t.status,
                       t.progress, t.baseline_start, t.baseline_end, t.planned_start, t.planned_end, t.actual_start,
                       t.actual_end, """ + TaskReader.STALE + ", t.demo, " + TaskReader.OVERDUE + from
                + (region != null ? " ORDER BY t.planned_start, t.id" : " ORDER BY r.code, t.planned_start, t.id")
                + " LIMIT :limit");
        // Every task has its region, measure and item (foreign keys): the count joins them only to filter by
        // factor, so a region's count reads its index alone.
        Query count = em.createNativeQuery("SELECT count(*)" + (factor != null ? from : tasksOnly + where));
        for (Query q : List.of(rows, count)) {
            params.forEach(q::setParameter);
            TaskStateSql.bind(q, asOf, clock.zone());
        }
        rows.setParameter("staleBefore", tasks.staleBefore(asOf));
        rows.setParameter("today", today);
        rows.setParameter("limit", limit);
        List<TimelineTask> bars = new ArrayList<>();
        LocalDate periodEnd = LocalDate.of(2025, 12, 31);
        for (Object[] row : (List<Object[]>) rows.getResultList()) {
            TaskStatus taskStatus = TaskStatus.valueOf((String) row[7]);
            LocalDate plannedEnd = TaskReader.date(row[12]);
            TimelineTask task = new TimelineTask(
                    ((Number) row[0]).longValue(),
                    (String) row[1],
                    (String) row[2],
                    (String) row[3],
                    (String) row[4],
                    (String) row[5],
                    (String) row[6],
                    taskStatus,
                    ((Number) row[8]).intValue(),
                    TaskReader.date(row[9]),
                    TaskReader.date(row[10]),
                    TaskReader.date(row[11]),
                    plannedEnd,
                    TaskReader.date(row[13]),
                    TaskReader.date(row[14]),
                    (Boolean) row[17],
                    (Boolean) row[15],
                    (Boolean) row[16]);
            bars.add(task);
            for (LocalDate d : new LocalDate[] {task.baselineEnd(), task.plannedEnd(), task.actualEnd()}) {
                if (d != null && d.isAfter(periodEnd)) {
                    periodEnd = d;
                }
            }
        }
        long total = ((Number) count.getSingleResult()).longValue();
        PlanDocument plan = PlanDocument.findById(PlanDocument.ID);
        LocalDate periodStart = plan == null ? LocalDate.of(2021, 1, 1) : LocalDate.of(plan.periodStart, 1, 1);
        List<TimelineMilestone> milestones = Milestone.<Milestone>listAll(Sort.by("dueOn")).stream()
                .map(m -> new TimelineMilestone(m.code, m.dueOn, m.titleZh, m.titleEn))
                .toList();
        return new Timeline(today, asOf, periodStart, periodEnd, milestones, bars, total, total > bars.size());
    }

    /** Month by month: tasks due by the baseline and by the plan of the time, and tasks completed. */
    @SuppressWarnings("unchecked")
    public Burnup burnup(String region, String factor, String milestone, LocalDate asOf) {
        tasks.checkAsOf(asOf);
        LocalDate today = tasks.today(asOf);
        String scope = "SELECT t.id, t.baseline_start, t.baseline_end, t.planned_end FROM (" + TaskStateSql.source(asOf)
                + ") t"
                + """
                  JOIN region r ON r.id = t.region_id
                  JOIN measure m ON m.code = t.measure_code
                  JOIN plan_item i ON i.number = m.item_number
                 WHERE (CAST(:region AS text) IS NULL OR r.code = :region)
                   AND (CAST(:factor AS text) IS NULL OR i.factor_code = :factor)
                   AND (CAST(:milestone AS text) IS NULL OR t.milestone_code = :milestone)""";
        Query q = em.createNativeQuery("WITH scope AS (" + scope + """
                ),
                span AS (SELECT date_trunc('month', min(baseline_start)) AS first,
                                GREATEST(max(baseline_end), max(planned_end), CAST(:today AS date)) AS last FROM scope),
                -- Month ends over the span; the current month ends today.
                days AS (SELECT LEAST(CAST(date_trunc('month', d) + interval '1 month - 1 day' AS date),
                                      CASE WHEN date_trunc('month', d) = date_trunc('month', CAST(:today AS date))
                                           THEN CAST(:today AS date) ELSE DATE '9999-12-31' END) AS day
                           FROM span, generate_series(span.first, span.last, interval '1 month') d),
                history AS (SELECT s.status, s.recorded_at,
                                   lead(s.recorded_at) OVER (PARTITION BY s.task_id ORDER BY s.recorded_at, s.task_version) AS next_at
                              FROM status_update s WHERE s.task_id IN (SELECT id FROM scope))
                SELECT d.day,
                       (SELECT count(*) FROM scope WHERE baseline_end <= d.day),
                       (SELECT count(*) FROM scope WHERE planned_end <= d.day),
                       CASE WHEN d.day > CAST(:today AS date) THEN NULL ELSE
                       (SELECT count(*) FROM history h
                         WHERE h.status = 'completed'
                           AND h.recorded_at < CAST(d.day + 1 AS timestamp) AT TIME ZONE :zone
                           AND (h.next_at IS NULL OR h.next_at >= CAST(d.day + 1 AS timestamp) AT TIME ZONE :zone)) END,
                       (SELECT count(*) FROM scope)
                  FROM days d ORDER BY d.day""");
        q.setParameter("region", region);
        q.setParameter("factor", factor);
        q.setParameter("milestone", milestone);
        q.setParameter("today", today);
        q.setParameter("zone", clock.zone().getId());
        TaskStateSql.bind(q, asOf, clock.zone());
        List<BurnupPoint> points = new ArrayList<>();
        long total = 0;
        for (Object[] row : (List<Object[]>) q.getResultList()) {
            points.add(new BurnupPoint(
                    TaskReader.date(row[0]),
                    ((Number) row[1]).longValue(),
                    ((Number) row[2]).longValue(),
                    row[3] == null ? null : ((Number) row[3]).longValue()));
            total = ((Number) row[4]).longValue();
        }
        return new Burnup(today, asOf, total, points);
    }
}
