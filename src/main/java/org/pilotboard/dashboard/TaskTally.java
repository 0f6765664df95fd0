package org.pilotboard.dashboard;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.pilotboard.task.TaskReader;
import org.pilotboard.task.TaskStatus;

/**
 * Task counts per (region, factor, milestone, status), maintained by the database with every write to
 * a task (V6: triggers append to task_tally_delta in the writing transaction), so that the dashboard
 * does not count a million tasks for every summary.
 *
 * <p>Overdue and stale depend on today, not only on the writes: the tally counts them as of the day
 * and instant in task_tally_clock, and {@link #current} adds, in the same statement, the open tasks
 * whose planned end or last verification lies between the clock and today (an indexed range of a few
 * rows, since the clock is moved forward here at most a minute behind). The rule is V10's task_overdue and
 * task_stale, the triggers' own.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TaskTally {

    private static final Logger LOG = Logger.getLogger(TaskTally.class);
    /** The stale boundary is moved on once it lags this much (the day boundary whenever the day changed). */
    private static final Duration CLOCK_LAG = Duration.ofMinutes(1);

    /**
     * Counts of the tasks of one status in one region and factor (milestone null), or in one milestone
     * (region and factor null): the two groupings the dashboard shows.
     */
    public record Row(
            Long regionId,
            String factor,
            String milestone,
            TaskStatus status,
            long tasks,
            long progressSum,
            long overdue,
            long stale) {}

    private static final String CURRENT = """
            SELECT x.region_id, x.factor_code, x.milestone_code, x.status, CAST(sum(x.tasks) AS bigint),
                   CAST(sum(x.progress_sum) AS bigint), CAST(sum(x.overdue) AS bigint), CAST(sum(x.stale) AS bigint)
              FROM (SELECT region_id, factor_code, milestone_code, status, tasks, progress_sum, overdue, stale
                      FROM task_tally
                    UNION ALL
                    SELECT region_id, factor_code, milestone_code, status, tasks, progress_sum, overdue, stale
                      FROM task_tally_delta
                    UNION ALL
                    -- open tasks whose planned end lies between the clock's day and today
                    SELECT t.region_id, i.factor_code, t.milestone_code, t.status, 0, 0,
                           CASE WHEN task_overdue(t.status, t.planned_end, :today) THEN 1 ELSE -1 END, 0
                      FROM task_tally_clock c
                      JOIN task t ON task_overdue(t.status, t.planned_end, greatest(c.due_before, :today))
                                 AND t.planned_end >= least(c.due_before, :today)
                      JOIN measure m ON m.code = t.measure_code
                      JOIN plan_item i ON i.number = m.item_number
                    UNION ALL
                    -- open tasks last verified between the clock's instant and staleBefore
                    SELECT t.region_id, i.factor_code, t.milestone_code, t.status, 0, 0, 0,
                           CASE WHEN task_stale(t.status, t.last_verified_at, :staleBefore) THEN 1 ELSE -1 END
                      FROM task_tally_clock c
                      JOIN task t ON task_stale(t.status, t.last_verified_at, greatest(c.verified_before, :staleBefore))
                                 AND t.last_verified_at >= least(c.verified_before, :staleBefore)
                      JOIN measure m ON m.code = t.measure_code
                      JOIN plan_item i ON i.number = m.item_number) x
             GROUP BY GROUPING SETS ((x.region_id, x.factor_code, x.status), (x.milestone_code, x.status))
            HAVING sum(x.tasks) <> 0""";

    private final EntityManager em;

    public TaskTally(EntityManager em) {
        this.em = em;
    }

    /**
     * The counts as of now (today for overdue, staleBefore for stale): per region, factor and status,
     * and per milestone and status; groups without tasks left out. Folds the pending
     * deltas and moves the clock first when due (each in a short transaction of its own); the counts
     * are right either way, this only keeps the statement short.
     */
    @SuppressWarnings("unchecked")
    public List<Row> current(LocalDate today, Instant staleBefore) {
        maintain(today, staleBefore);
        List<Row> rows = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery(CURRENT)
                .setParameter("today", today)
                .setParameter("staleBefore", staleBefore)
                .getResultList()) {
            rows.add(new Row(
                    r[0] == null ? null : ((Number) r[0]).longValue(),
                    (String) r[1],
                    (String) r[2],
                    TaskStatus.valueOf((String) r[3]),
                    ((Number) r[4]).longValue(),
                    ((Number) r[5]).longValue(),
                    ((Number) r[6]).longValue(),
                    ((Number) r[7]).longValue()));
        }
        return rows;
    }

    /** The latest actual end of the tasks of each of these milestones. */
    @SuppressWarnings("unchecked")
    public Map<String, LocalDate> latestActualEnds(List<String> milestones) {
        Map<String, LocalDate> ends = new HashMap<>();
        if (milestones.isEmpty()) {
            return ends;
        }
        for (Object[] r : (List<Object[]>) em.createNativeQuery(
                        "SELECT milestone_code, max(actual_end) FROM task WHERE milestone_code IN (:codes) GROUP BY milestone_code")
                .setParameter("codes", milestones)
                .getResultList()) {
            ends.put((String) r[0], TaskReader.date(r[1]));
        }
        return ends;
    }

    /**
     * Folds the writes' deltas into the tally every second, whether or not anybody reads the dashboard,
     * so that the task list's counts and the summary sum a few rows (they add the deltas themselves, so
     * they are exact without it). One instance at a time folds (an advisory lock in
     * task_tally_compact); a failure leaves the deltas for the next time.
     */
    @Scheduled(every = "1s", delayed = "1s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void compact() {
        try {
            QuarkusTransaction.requiringNew()
                    .run(() ->
                            em.createNativeQuery("SELECT task_tally_compact()").getSingleResult());
        } catch (RuntimeException e) {
            LOG.debugf(e, "Task tally compaction left for later");
        }
    }

    /** Moves the tally's clock on when it lags today (folding the deltas is {@link #compact}'s job). */
    private void maintain(LocalDate today, Instant staleBefore) {
        try {
            Object[] clock = (Object[]) em.createNativeQuery("SELECT due_before, verified_before FROM task_tally_clock")
                    .getSingleResult();
            LocalDate dueBefore = TaskReader.date(clock[0]);
            Instant verifiedBefore = TaskReader.instant(clock[1]);
            if (!dueBefore.equals(today)
                    || verifiedBefore.isAfter(staleBefore)
                    || verifiedBefore.isBefore(staleBefore.minus(CLOCK_LAG))) {
                // Task writes wait while the clock moves: not longer than this, else it is left for later.
                QuarkusTransaction.requiringNew().run(() -> {
                    em.createNativeQuery("SELECT set_config('lock_timeout', '200ms', true)")
                            .getSingleResult();
                    em.createNativeQuery("SELECT task_tally_advance(:due, :verified)")
                            .setParameter("due", today)
                            .setParameter("verified", staleBefore)
                            .getSingleResult();
                });
            }
        } catch (RuntimeException e) {
            LOG.debugf(e, "Task tally maintenance left for later");
        }
    }
}
