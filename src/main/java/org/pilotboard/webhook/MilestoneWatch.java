package org.pilotboard.webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;
import org.pilotboard.config.AppClock;
import org.pilotboard.dashboard.DashboardService;
import org.pilotboard.dashboard.DashboardService.MilestoneNow;
import org.pilotboard.plan.Milestone;

/**
 * Tells when a milestone's shown status (an admin's override, else the status derived from its
 * tasks) changes, and queues milestone.status_changed. The last announced status of each milestone
 * is kept in webhook_milestone_state; a write that can change a status locks that row, then reads
 * the tasks, so of two concurrent writes the later one sees the other's effect. Changes that come
 * with time alone (a due date passing) are found by a periodic check.
 */
@ApplicationScoped
public class MilestoneWatch {

    private static final Logger LOG = Logger.getLogger(MilestoneWatch.class);

    /** Why a status changed: a task write, an admin's override, or the passing of time (periodic check). */
    public static final String CAUSE_TASK = "task";

    public static final String CAUSE_OVERRIDE = "override";
    public static final String CAUSE_TIME = "time";

    private final EntityManager em;
    private final DashboardService dashboard;
    private final WebhookOutbox outbox;
    private final AppClock clock;

    public MilestoneWatch(EntityManager em, DashboardService dashboard, WebhookOutbox outbox, AppClock clock) {
        this.em = em;
        this.dashboard = dashboard;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Checks these milestones in the current transaction, after a write that may have changed them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void check(Collection<String> codes, String cause, Long taskId) {
        List<String> sorted =
                codes.stream().filter(Objects::nonNull).distinct().sorted().toList();
        if (!sorted.isEmpty()) {
            compare(sorted, cause, taskId);
        }
    }

    /** Checks every milestone, in a transaction of its own; answers how many changed. */
    public int checkAll() {
        return QuarkusTransaction.requiringNew().call(() -> compare(null, CAUSE_TIME, null));
    }

    @Scheduled(
            every = "${pilotboard.webhooks.milestone-check-interval:1h}",
            delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "webhook-milestone-check")
    void periodicCheck() {
        try {
            checkAll();
        } catch (RuntimeException e) {
            LOG.warnf("Checking milestone statuses for webhooks failed: %s", e.toString());
        }
    }

    /**
     * After the datasets (and the demo set) are loaded: records the statuses, or announces what changed
     * while down. Off the start-up thread: at a million tasks the check reads for half a second, and
     * serving need not wait for an announcement (the state rows it locks keep it in step with writes).
     */
    void onStart(@Observes @Priority(40) StartupEvent start, ManagedExecutor executor) {
        executor.execute(this::periodicCheck);
    }

    /** Locks the state rows (in code order, so writers never deadlock), then compares. null codes: all. */
    @SuppressWarnings("unchecked")
    private int compare(List<String> codes, String cause, Long taskId) {
        var lock = em.createNativeQuery(
                        "SELECT milestone_code, status FROM webhook_milestone_state"
                                + " WHERE CAST(:all AS boolean) OR milestone_code IN (:codes) ORDER BY milestone_code FOR UPDATE")
                .setParameter("all", codes == null)
                .setParameter("codes", codes == null ? List.of("") : codes);
        Map<String, String> announced = new HashMap<>();
        for (Object[] row : (List<Object[]>) lock.getResultList()) {
            announced.put((String) row[0], (String) row[1]);
        }
        // A statement after the lock: in READ COMMITTED it sees every write committed before the lock was granted.
        List<MilestoneNow> now = dashboard.milestoneStatuses(codes);
        Instant at = clock.now();
        int changed = 0;
        for (MilestoneNow m : now) {
            String before = announced.get(m.code());
            if (before == null) {
                em.createNativeQuery("INSERT INTO webhook_milestone_state (milestone_code, status, changed_at)"
                                + " VALUES (:code, :status, :at) ON CONFLICT (milestone_code) DO NOTHING")
                        .setParameter("code", m.code())
                        .setParameter("status", m.shown())
                        .setParameter("at", at)
                        .executeUpdate();
            } else if (!before.equals(m.shown())) {
                em.createNativeQuery(
                                "UPDATE webhook_milestone_state SET status = :status, changed_at = :at WHERE milestone_code = :code")
                        .setParameter("code", m.code())
                        .setParameter("status", m.shown())
                        .setParameter("at", at)
                        .executeUpdate();
                outbox.enqueue(WebhookEvents.MILESTONE_STATUS_CHANGED, () -> event(m, before, cause, taskId));
                changed++;
            }
        }
        return changed;
    }

    private static Map<String, Object> event(MilestoneNow now, String before, String cause, Long taskId) {
        Milestone m = Milestone.findById(now.code());
        Map<String, Object> milestone = new LinkedHashMap<>();
        milestone.put("code", m.code);
        milestone.put("dueOn", m.dueOn);
        milestone.put("titleZh", m.titleZh);
        milestone.put("titleEn", m.titleEn);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("milestone", milestone);
        data.put("previousStatus", before);
        data.put("status", now.shown());
        data.put("derivedStatus", now.derived());
        if (m.overrideStatus != null) {
            Map<String, Object> override = new LinkedHashMap<>();
            override.put("status", m.overrideStatus.name());
            override.put("reason", m.overrideReason);
            override.put("by", m.overrideBy);
            override.put("at", m.overrideAt);
            data.put("override", override);
        }
        data.put("cause", cause);
        if (taskId != null) {
            data.put("taskId", taskId);
        }
        return data;
    }
}
