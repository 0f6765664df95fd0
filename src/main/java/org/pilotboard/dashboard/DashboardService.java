package org.pilotboard.dashboard;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pilotboard.config.AppClock;
import org.pilotboard.config.PilotboardConfig;
import org.pilotboard.dashboard.DashboardViews.Counts;
import org.pilotboard.dashboard.DashboardViews.FactorProgress;
import org.pilotboard.dashboard.DashboardViews.MeasurePilots;
import org.pilotboard.dashboard.DashboardViews.MeasureRegion;
import org.pilotboard.dashboard.DashboardViews.MeasureRegions;
import org.pilotboard.dashboard.DashboardViews.MilestoneProgress;
import org.pilotboard.dashboard.DashboardViews.RecentUpdate;
import org.pilotboard.dashboard.DashboardViews.RegionFactorProgress;
import org.pilotboard.dashboard.DashboardViews.RegionProgress;
import org.pilotboard.dashboard.DashboardViews.Summary;
import org.pilotboard.plan.Factor;
import org.pilotboard.plan.Milestone;
import org.pilotboard.plan.PlanDocument;
import org.pilotboard.region.Region;
import org.pilotboard.task.TaskReader;
import org.pilotboard.task.TaskStateSql;
import org.pilotboard.task.TaskStatus;

/** Aggregates over all tasks for the public dashboard, computed in the database. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DashboardService {

    static final int LATEST_UPDATES = 10;

    private final EntityManager em;
    private final TaskReader tasks;
    private final AppClock clock;
    private final PilotboardConfig config;
    private final TaskTally tally;

    public DashboardService(
            EntityManager em, TaskReader tasks, AppClock clock, PilotboardConfig config, TaskTally tally) {
        this.em = em;
        this.tasks = tasks;
        this.clock = clock;
        this.config = config;
        this.tally = tally;
    }

    /** Counts of one (region, factor, milestone, status) cell. */
    private record Cell(
            String region,
            String factor,
            String milestone,
            TaskStatus status,
            long tasks,
            long progressSum,
            long overdue,
            long stale,
            LocalDate latestActualEnd) {}

    /** Running totals for a group of cells. */
    private static final class Tally {
        long tasks;
        long progressSum;
        long overdue;
        long stale;
        LocalDate latestActualEnd;
        final Map<TaskStatus, Long> byStatus = new EnumMap<>(TaskStatus.class);

        void add(Cell c) {
            tasks += c.tasks;
            progressSum += c.progressSum;
            overdue += c.overdue;
            stale += c.stale;
            byStatus.merge(c.status, c.tasks, Long::sum);
            if (c.latestActualEnd != null && (latestActualEnd == null || c.latestActualEnd.isAfter(latestActualEnd))) {
                latestActualEnd = c.latestActualEnd;
            }
        }

        Counts counts() {
            Map<TaskStatus, Long> all = new LinkedHashMap<>();
            for (TaskStatus s : TaskStatus.values()) {
                all.put(s, byStatus.getOrDefault(s, 0L));
            }
            double progress = tasks == 0 ? 0 : Math.round(progressSum * 10.0 / tasks) / 10.0;
            return new Counts(tasks, progress, all, overdue, stale);
        }
    }

    /**
     * The summary now (asOf null) or at the end of a past day. Now comes from the counts maintained with
     * the writes ({@link TaskTally}); a past day is rebuilt from the history (slower, not cached).
     */
    public Summary summary(LocalDate asOf) {
        tasks.checkAsOf(asOf);
        LocalDate today = tasks.today(asOf);
        // A past day shows only what existed then: the regions approved by that day, the milestones once
        // the plan that sets them was issued, and an admin's milestone override once it was made.
        List<Region> regionList = Region.<Region>listAll(Sort.by("demo").and("code")).stream()
                .filter(r -> asOf == null || r.approvedOn == null || !r.approvedOn.isAfter(asOf))
                .toList();
        boolean planIssued = asOf == null
                || PlanDocument.<PlanDocument>findByIdOptional(PlanDocument.ID)
                        .map(d -> d.issuedOn == null || !asOf.isBefore(d.issuedOn))
                        .orElse(true);
        Instant until = asOf == null ? null : TaskStateSql.endOf(asOf, clock.zone());
        List<Cell> cells = asOf == null ? currentCells(regionList) : cells(asOf);
        Tally overall = new Tally();
        Map<String, Tally> byFactor = new HashMap<>();
        Map<String, Tally> byRegion = new HashMap<>();
        Map<String, Map<String, Tally>> byRegionFactor = new HashMap<>();
        Map<String, Tally> byMilestone = new HashMap<>();
        for (Cell c : cells) {
            if (c.region != null) { // cells of the current summary have either a region and factor, or a milestone
                overall.add(c);
                byFactor.computeIfAbsent(c.factor, k -> new Tally()).add(c);
                Tally region = byRegion.get(c.region);
                if (region == null) {
                    byRegion.put(c.region, region = new Tally());
                    byRegionFactor.put(c.region, new HashMap<>());
                }
                region.add(c);
                byRegionFactor
                        .get(c.region)
                        .computeIfAbsent(c.factor, k -> new Tally())
                        .add(c);
            }
            if (c.milestone != null) {
                byMilestone.computeIfAbsent(c.milestone, k -> new Tally()).add(c);
            }
        }
        if (asOf == null) {
            tally.latestActualEnds(doneMilestones(byMilestone))
                    .forEach((code, end) -> byMilestone.get(code).latestActualEnd = end);
        }
        Map<String, Long> measuresPerFactor = measuresPerFactor();
        List<Factor> factorList = Factor.<Factor>listAll(Sort.by("number"));
        List<FactorProgress> factors = factorList.stream()
                .map(f -> new FactorProgress(
                        f.code,
                        f.number,
                        f.titleZh,
                        f.titleEn,
                        measuresPerFactor.getOrDefault(f.code, 0L),
                        byFactor.getOrDefault(f.code, new Tally()).counts()))
                .toList();
        List<RegionProgress> regions = regionList.stream()
                .map(r -> new RegionProgress(
                        r.code,
                        r.nameZh,
                        r.nameEn,
                        r.type,
                        r.approvedOn,
                        r.termEnd,
                        r.demo,
                        byRegion.getOrDefault(r.code, new Tally()).counts()))
                .toList();
        List<RegionFactorProgress> matrix = new ArrayList<>();
        for (Region r : regionList) {
            Map<String, Tally> row = byRegionFactor.getOrDefault(r.code, Map.of());
            for (Factor f : factorList) {
                Tally cell = row.get(f.code);
                if (cell != null && cell.tasks > 0) {
                    matrix.add(new RegionFactorProgress(r.code, f.code, cell.counts()));
                }
            }
        }
        List<MilestoneProgress> milestones = !planIssued
                ? List.of()
                : Milestone.<Milestone>listAll(Sort.by("dueOn")).stream()
                        .map(m -> milestone(m, byMilestone.getOrDefault(m.code, new Tally()), today, until))
                        .toList();
        return new Summary(
                today,
                asOf,
                config.staleAfterDays(),
                overall.counts(),
                factors,
                regions,
                matrix,
                milestones,
                latestUpdates(asOf));
    }

    /** Milestones whose tasks are all completed: the only ones whose latest actual end is shown. */
    private static List<String> doneMilestones(Map<String, Tally> byMilestone) {
        return byMilestone.entrySet().stream()
                .filter(e -> e.getValue().tasks > 0
                        && e.getValue().byStatus.getOrDefault(TaskStatus.completed, 0L) == e.getValue().tasks)
                .map(Map.Entry::getKey)
                .toList();
    }

    /**
     * Every task now, from the maintained tally (overdue and stale as of now): cells per region, factor and
     * status (milestone null), and per milestone and status (region and factor null).
     */
    private List<Cell> currentCells(List<Region> regionList) {
        Map<Long, String> codes = new HashMap<>();
        for (Region r : regionList) {
            codes.put(r.id, r.code);
        }
        List<Cell> cells = new ArrayList<>();
        for (TaskTally.Row row : tally.current(tasks.today(null), tasks.staleBefore(null))) {
            String code = row.regionId() == null ? null : codes.get(row.regionId());
            if (code != null || row.milestone() != null) {
                cells.add(new Cell(
                        code,
                        row.factor(),
                        row.milestone(),
                        row.status(),
                        row.tasks(),
                        row.progressSum(),
                        row.overdue(),
                        row.stale(),
                        null));
            }
        }
        return cells;
    }

    private static MilestoneProgress milestone(Milestone m, Tally tally, LocalDate today, Instant until) {
        Counts counts = tally.counts();
        boolean overridden =
                m.overrideStatus != null && (until == null || (m.overrideAt != null && !m.overrideAt.isAfter(until)));
        boolean allDone = tally.tasks > 0 && counts.byStatus().get(TaskStatus.completed) == tally.tasks;
        String status = derivedStatus(
                tally.tasks, counts.byStatus().get(TaskStatus.completed), tally.latestActualEnd, m.dueOn, today);
        return new MilestoneProgress(
                m.code,
                m.dueOn,
                m.titleZh,
                m.titleEn,
                overridden ? m.overrideStatus.name() : status,
                status,
                overridden ? m.overrideReason : null,
                allDone ? tally.latestActualEnd : null,
                m.observedStatus,
                counts);
    }

    /** A milestone's status from its tasks: none, all completed (by the due date or not), or open (past due or not). */
    private static String derivedStatus(
            long tasks, long completed, LocalDate latestActualEnd, LocalDate dueOn, LocalDate today) {
        if (tasks == 0) {
            return "no_tasks";
        }
        if (completed == tasks) {
            return latestActualEnd != null && latestActualEnd.isAfter(dueOn) ? "achieved_late" : "achieved";
        }
        return dueOn.isBefore(today) ? "overdue" : "in_progress";
    }

    /** A milestone's status now: derived from its tasks, and as shown (an admin's override wins). */
    public record MilestoneNow(String code, String derived, String shown) {}

    /**
     * The current status of these milestones (every milestone when codes is null), read in the
     * caller's transaction and with its uncommitted writes, the way the summary derives it.
     */
    @SuppressWarnings("unchecked")
    public List<MilestoneNow> milestoneStatuses(java.util.Collection<String> codes) {
        em.flush();
        Query q = em.createNativeQuery("""
                SELECT m.code, m.due_on, m.override_status, count(t.id),
                       count(t.id) FILTER (WHERE t.status = 'completed'), max(t.actual_end)
                  FROM milestone m LEFT JOIN task t ON t.milestone_code = m.code
                 WHERE CAST(:all AS boolean) OR m.code IN (:codes)
                 GROUP BY m.code, m.due_on, m.override_status ORDER BY m.code""");
        q.setParameter("all", codes == null);
        q.setParameter("codes", codes == null || codes.isEmpty() ? List.of("") : codes);
        LocalDate today = tasks.today(null);
        List<MilestoneNow> statuses = new ArrayList<>();
        for (Object[] row : (List<Object[]>) q.getResultList()) {
            String derived = derivedStatus(
                    ((Number) row[3]).longValue(),
                    ((Number) row[4]).longValue(),
                    TaskReader.date(row[5]),
                    TaskReader.date(row[1]),
                    today);
            statuses.add(new MilestoneNow((String) row[0], derived, row[2] != null ? (String) row[2] : derived));
        }
        return statuses;
    }

    @SuppressWarnings("unchecked")
    private List<Cell> cells(LocalDate asOf) {
        Query q = em.createNativeQuery(
                "SELECT r.code, i.factor_code, t.milestone_code, t.status, count(*), sum(t.progress),"
                        + " count(*) FILTER (WHERE " + TaskReader.OVERDUE + "),"
                        + " count(*) FILTER (WHERE " + TaskReader.STALE + "),"
                        + " max(t.actual_end)"
                        + " FROM (" + TaskStateSql.source(asOf) + ") t" + """
                  JOIN region r ON r.id = t.region_id
                  JOIN measure m ON m.code = t.measure_code
                  JOIN plan_item i ON i.number = m.item_number
                 GROUP BY r.code, i.factor_code, t.milestone_code, t.status""");
        q.setParameter("today", tasks.today(asOf));
        q.setParameter("staleBefore", tasks.staleBefore(asOf));
        TaskStateSql.bind(q, asOf, clock.zone());
        List<Cell> cells = new ArrayList<>();
        for (Object[] row : (List<Object[]>) q.getResultList()) {
            cells.add(new Cell(
                    (String) row[0],
                    (String) row[1],
                    (String) row[2],
                    TaskStatus.valueOf((String) row[3]),
                    ((Number) row[4]).longValue(),
                    ((Number) row[5]).longValue(),
                    ((Number) row[6]).longValue(),
                    ((Number) row[7]).longValue(),
                    TaskReader.date(row[8])));
        }
        return cells;
    }

    /** Per measure, the regions piloting it: their task count, completed tasks and mean progress. */
    @SuppressWarnings("unchecked")
    public MeasurePilots measurePilots(Boolean demo, LocalDate asOf) {
        tasks.checkAsOf(asOf);
        Query q = em.createNativeQuery("SELECT t.measure_code, r.code, count(*),"
                + " count(*) FILTER (WHERE t.status = 'completed'), round(avg(t.progress))"
                + " FROM (" + TaskStateSql.source(asOf) + ") t" + """
                  JOIN region r ON r.id = t.region_id
                  JOIN measure m ON m.code = t.measure_code
                 WHERE (CAST(:demo AS boolean) IS NULL OR t.demo = :demo)
                 GROUP BY m.item_number, m.seq, t.measure_code, r.code
                 ORDER BY m.item_number, m.seq, r.code""");
        q.setParameter("demo", demo);
        TaskStateSql.bind(q, asOf, clock.zone());
        Map<String, List<MeasureRegion>> byMeasure = new LinkedHashMap<>();
        for (Object[] row : (List<Object[]>) q.getResultList()) {
            byMeasure
                    .computeIfAbsent((String) row[0], k -> new ArrayList<>())
                    .add(new MeasureRegion(
                            (String) row[1],
                            ((Number) row[2]).longValue(),
                            ((Number) row[3]).longValue(),
                            ((Number) row[4]).intValue()));
        }
        List<MeasureRegions> measures = byMeasure.entrySet().stream()
                .map(e -> new MeasureRegions(
                        e.getKey(),
                        e.getValue().stream().mapToLong(MeasureRegion::tasks).sum(),
                        e.getValue()))
                .toList();
        return new MeasurePilots(tasks.today(asOf), asOf, measures);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Long> measuresPerFactor() {
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery("""
                SELECT i.factor_code, count(*) FROM measure m JOIN plan_item i ON i.number = m.item_number
                 WHERE m.kind IN ('action', 'target') GROUP BY i.factor_code""").getResultList()) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    @SuppressWarnings("unchecked")
    private List<RecentUpdate> latestUpdates(LocalDate asOf) {
        List<RecentUpdate> updates = new ArrayList<>();
        Query q = em.createNativeQuery("""
                SELECT u.id, u.task_id, t.title_zh, t.title_en, r.code, r.name_zh, r.name_en, u.status,
                       u.previous_status, u.progress, u.comment, u.author, u.recorded_at, u.demo
                  FROM status_update u
                  JOIN task t ON t.id = u.task_id
                  JOIN region r ON r.id = t.region_id
                 WHERE u.recorded_at <= :until
                 ORDER BY u.recorded_at DESC, u.id DESC
                 LIMIT :limit""");
        q.setParameter("until", asOf == null ? clock.now() : TaskStateSql.endOf(asOf, clock.zone()));
        q.setParameter("limit", LATEST_UPDATES);
        for (Object[] row : (List<Object[]>) q.getResultList()) {
            updates.add(new RecentUpdate(
                    ((Number) row[0]).longValue(),
                    ((Number) row[1]).longValue(),
                    (String) row[2],
                    (String) row[3],
                    (String) row[4],
                    (String) row[5],
                    (String) row[6],
                    TaskStatus.valueOf((String) row[7]),
                    row[8] == null ? null : TaskStatus.valueOf((String) row[8]),
                    ((Number) row[9]).intValue(),
                    (String) row[10],
                    (String) row[11],
                    TaskReader.instant(row[12]),
                    (Boolean) row[13]));
        }
        return updates;
    }
}
