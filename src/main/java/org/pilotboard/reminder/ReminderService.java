package org.pilotboard.reminder;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.pilotboard.config.AppClock;
import org.pilotboard.config.PilotboardConfig;
import org.pilotboard.task.TaskReader;

/**
 * The daily reminders (docs/reminders.md): finds the tasks that are stale, due within 14 days or
 * overdue, records one reminder per task, kind and period, and owes their regions' officials an
 * e-mail. The database decides what is new: the insert skips what a unique key already holds, so
 * two instances running at the same moment create each reminder once.
 */
@ApplicationScoped
public class ReminderService {

    private final EntityManager em;
    private final AppClock clock;
    private final PilotboardConfig config;
    private final ReminderMailer mailer;
    private final Event<TaskReminded> reminded;

    public ReminderService(
            EntityManager em,
            AppClock clock,
            PilotboardConfig config,
            ReminderMailer mailer,
            Event<TaskReminded> reminded) {
        this.em = em;
        this.clock = clock;
        this.config = config;
        this.mailer = mailer;
        this.reminded = reminded;
    }

    /** What one run did. */
    public record RunResult(LocalDate day, Map<ReminderKind, Integer> created, int emailsSent) {}

    /** Runs the job for today: records the new reminders, then sends the e-mails owed. */
    public RunResult run() {
        LocalDate today = clock.today();
        Map<ReminderKind, Integer> created = QuarkusTransaction.requiringNew().call(() -> record(today));
        return new RunResult(today, created, mailer.sendOwed());
    }

    /** Records today's new reminders and what they owe, in the transaction run() opens for it. */
    private Map<ReminderKind, Integer> record(LocalDate today) {
        Instant now = clock.now();
        Instant verifiedBefore = now.minus(java.time.Duration.ofDays(config.staleAfterDays()));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        WITH due AS (
                            SELECT t.id AS task_id, t.region_id, k.kind, k.period
                              FROM task t
                             CROSS JOIN LATERAL (VALUES
                                 ('overdue', CASE WHEN task_overdue(t.status, t.planned_end, :today)
                                                  THEN t.planned_end END),
                                 ('due_soon', CASE WHEN t.status <> 'completed'
                                                    AND t.planned_end BETWEEN :today AND :soonEnd
                                                   THEN t.planned_end END),
                                 ('stale', CASE WHEN task_stale(t.status, t.last_verified_at, :verifiedBefore)
                                                THEN CAST(t.last_verified_at AT TIME ZONE :zone AS date) END)
                             ) AS k (kind, period)
                             WHERE k.period IS NOT NULL
                        )
                        INSERT INTO reminder (task_id, region_id, kind, period, created_at)
                        SELECT task_id, region_id, kind, period, :now FROM due
                        ON CONFLICT (task_id, kind, period) DO NOTHING
                        RETURNING id, task_id, kind, period
                        """)
                .setParameter("today", Date.valueOf(today))
                .setParameter("soonEnd", Date.valueOf(today.plusDays(ReminderKind.DUE_SOON_DAYS)))
                .setParameter("verifiedBefore", Timestamp.from(verifiedBefore))
                .setParameter("zone", clock.zone().getId())
                .setParameter("now", Timestamp.from(now))
                .getResultList();
        Map<ReminderKind, Integer> created = new EnumMap<>(ReminderKind.class);
        for (ReminderKind kind : ReminderKind.values()) {
            created.put(kind, 0);
        }
        List<Long> ids = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            ReminderKind kind = ReminderKind.valueOf((String) row[2]);
            ids.add(id);
            created.merge(kind, 1, Integer::sum);
            reminded.fire(new TaskReminded(id, ((Number) row[1]).longValue(), kind, TaskReader.date(row[3])));
        }
        if (!ids.isEmpty() && mailer.enabled()) {
            mailer.owe(ids);
        }
        return created;
    }
}
