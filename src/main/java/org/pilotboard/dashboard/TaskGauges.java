package org.pilotboard.dashboard;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.pilotboard.config.AppClock;
import org.pilotboard.task.TaskReader;
import org.pilotboard.task.TaskStatus;

/**
 * Business gauges for Prometheus: tasks by status (pilotboard_tasks{status}) and overdue tasks
 * (pilotboard_tasks_overdue). Counted at most every 30 seconds, however often they are scraped.
 */
@ApplicationScoped
public class TaskGauges {

    private static final Duration FRESH_FOR = Duration.ofSeconds(30);

    private final TaskTally tally;
    private final TaskReader reader;
    private final AppClock clock;
    private final Map<TaskStatus, Long> byStatus = new EnumMap<>(TaskStatus.class);
    private long overdue;
    private Instant countedAt = Instant.MIN;

    public TaskGauges(TaskTally tally, TaskReader reader, AppClock clock) {
        this.tally = tally;
        this.reader = reader;
        this.clock = clock;
    }

    void register(@Observes StartupEvent start, MeterRegistry registry) {
        for (TaskStatus status : TaskStatus.values()) {
            Gauge.builder("pilotboard_tasks", this, g -> g.count(status))
                    .description("Pilot tasks by current status")
                    .tag("status", status.name())
                    .register(registry);
        }
        Gauge.builder("pilotboard_tasks_overdue", this, TaskGauges::overdue)
                .description("Open pilot tasks whose planned end has passed")
                .register(registry);
    }

    private synchronized double count(TaskStatus status) {
        refresh();
        return byStatus.getOrDefault(status, 0L);
    }

    private synchronized double overdue() {
        refresh();
        return overdue;
    }

    private void refresh() {
        Instant now = clock.now();
        if (countedAt.plus(FRESH_FOR).isAfter(now)) {
            return;
        }
        // From the counts maintained with the writes (see TaskTally), not a count of every task.
        List<TaskTally.Row> rows = QuarkusTransaction.requiringNew()
                .call(() -> tally.current(reader.today(null), reader.staleBefore(null)));
        byStatus.clear();
        overdue = 0;
        for (TaskTally.Row row : rows) {
            if (row.regionId() == null) {
                continue; // the same tasks again, per milestone
            }
            byStatus.merge(row.status(), row.tasks(), Long::sum);
            overdue += row.overdue();
        }
        countedAt = now;
    }
}
