package org.pilotboard.dashboard;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.pilotboard.common.AppClock;
import org.pilotboard.task.TaskStatus;

/**
 * Business gauges for Prometheus: tasks by status (pilotboard_tasks{status}) and overdue tasks
 * (pilotboard_tasks_overdue). Counted at most every 30 seconds, however often they are scraped.
 */
@ApplicationScoped
public class TaskGauges {

    private static final Duration FRESH_FOR = Duration.ofSeconds(30);

    private final EntityManager em;
    private final AppClock clock;
    private final Map<TaskStatus, Long> byStatus = new EnumMap<>(TaskStatus.class);
    private long overdue;
    private Instant countedAt = Instant.MIN;

    public TaskGauges(EntityManager em, AppClock clock) {
        this.em = em;
        this.clock = clock;
    }

    void register(@Observes StartupEvent start, MeterRegistry registry) {
        for (TaskStatus status : TaskStatus.values()) {
            Gauge.builder("pilotboard_tasks", this, g -> g.count(status))
                    .description("Pilot tasks by current status").tag("status", status.name()).register(registry);
        }
        Gauge.builder("pilotboard_tasks_overdue", this, TaskGauges::overdue)
                .description("Open pilot tasks whose planned end has passed").register(registry);
    }

    private synchronized double count(TaskStatus status) {
        refresh();
        return byStatus.getOrDefault(status, 0L);
    }

    private synchronized double overdue() {
        refresh();
        return overdue;
    }

    @SuppressWarnings("unchecked")
    private void refresh() {
        Instant now = clock.now();
        if (countedAt.plus(FRESH_FOR).isAfter(now)) {
            return;
        }
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT status, count(*), count(*) FILTER (WHERE status <> 'completed' AND planned_end < :today)"
                        + " FROM task GROUP BY status").setParameter("today", clock.today()).getResultList());
        byStatus.clear();
        overdue = 0;
        for (Object[] row : rows) {
            byStatus.put(TaskStatus.valueOf((String) row[0]), ((Number) row[1]).longValue());
            overdue += ((Number) row[2]).longValue();
        }
        countedAt = now;
    }
}
