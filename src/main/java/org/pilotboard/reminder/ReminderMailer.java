package org.pilotboard.reminder;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.pilotboard.config.AppClock;
import org.pilotboard.config.PilotboardConfig;
import org.pilotboard.task.TaskReader;

/**
 * The reminder e-mails, in Chinese: one per official and run, listing the reminders owed to them.
 * What is owed is a row per reminder and recipient, written with the reminder; sending takes a
 * recipient's rows under a transaction-scoped advisory lock, sends, and marks them sent in that
 * transaction, so two instances never send one twice. A crash between the SMTP server's answer and
 * the commit would send that e-mail again on the next run: at least once, never lost.
 */
@ApplicationScoped
public class ReminderMailer {

    private static final Logger LOG = Logger.getLogger(ReminderMailer.class);
    /** The advisory lock's first key: this feature's, so it meets no other lock. */
    private static final int LOCK_SPACE = 16_002;
    /** After this many failed sends, a reminder e-mail is given up (the inbox still has it). */
    static final int MAX_ATTEMPTS = 5;

    private final EntityManager em;
    private final Mailer mailer;
    private final AppClock clock;
    private final PilotboardConfig config;

    public ReminderMailer(EntityManager em, Mailer mailer, AppClock clock, PilotboardConfig config) {
        this.em = em;
        this.mailer = mailer;
        this.clock = clock;
        this.config = config;
    }

    /** E-mail is sent only where an SMTP server is configured and reminders by e-mail are turned on. */
    public boolean enabled() {
        return config.reminders().email();
    }

    /** Owes an e-mail for each reminder to each official of its region who has an address and wants them. */
    @Transactional(Transactional.TxType.MANDATORY)
    void owe(List<Long> reminderIds) {
        em.createNativeQuery("""
                        INSERT INTO reminder_mail (reminder_id, account_id, address)
                        SELECT r.id, a.id, a.email
                          FROM reminder r
                          JOIN account_region ar ON ar.region_id = r.region_id
                          JOIN account a ON a.id = ar.account_id
                         WHERE r.id = ANY (CAST(:ids AS bigint[]))
                           AND a.role = 'official' AND NOT a.disabled
                           AND a.email IS NOT NULL AND a.email_reminders
                        ON CONFLICT DO NOTHING
                        """)
                .setParameter("ids", reminderIds.toArray(Long[]::new))
                .executeUpdate();
    }

    /** Sends what is owed, one e-mail per recipient; answers how many e-mails went out. */
    public int sendOwed() {
        if (!enabled()) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<Number> recipients = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("SELECT DISTINCT account_id FROM reminder_mail"
                                + " WHERE sent_at IS NULL AND attempts < :max ORDER BY account_id")
                        .setParameter("max", MAX_ATTEMPTS)
                        .getResultList());
        int sent = 0;
        for (Number recipient : recipients) {
            long accountId = recipient.longValue();
            try {
                if (QuarkusTransaction.requiringNew().call(() -> sendTo(accountId))) {
                    sent++;
                }
            } catch (RuntimeException e) {
                LOG.warnf("Reminder e-mail to account %d failed; it is tried again on the next run: %s", accountId, e);
                QuarkusTransaction.requiringNew().run(() -> countFailure(accountId, e));
            }
        }
        return sent;
    }

    private boolean sendTo(long accountId) {
        Object locked = em.createNativeQuery("SELECT pg_try_advisory_xact_lock(:space, CAST(:account AS int))")
                .setParameter("space", LOCK_SPACE)
                .setParameter("account", accountId)
                .getSingleResult();
        if (!Boolean.TRUE.equals(locked)) {
            return false; // another instance is sending this official's e-mail now
        }
        List<Line> lines = owedTo(accountId);
        if (lines.isEmpty()) {
            return false; // sent meanwhile by another instance
        }
        String address = lines.get(0).address();
        mailer.send(Mail.withText(address, subject(lines), body(lines)));
        em.createNativeQuery("UPDATE reminder_mail SET sent_at = :now, attempts = attempts + 1"
                        + " WHERE account_id = :account AND sent_at IS NULL AND attempts < :max")
                .setParameter("now", Timestamp.from(clock.now()))
                .setParameter("account", accountId)
                .setParameter("max", MAX_ATTEMPTS)
                .executeUpdate();
        return true;
    }

    private void countFailure(long accountId, RuntimeException e) {
        em.createNativeQuery("UPDATE reminder_mail SET attempts = attempts + 1, last_error = :error"
                        + " WHERE account_id = :account AND sent_at IS NULL")
                .setParameter("error", String.valueOf(e.getMessage()))
                .setParameter("account", accountId)
                .executeUpdate();
    }

    /** One reminder owed to a recipient, with what the e-mail says of its task. */
    record Line(
            String address,
            ReminderKind kind,
            long taskId,
            String title,
            String regionName,
            LocalDate plannedEnd,
            LocalDate period) {}

    private List<Line> owedTo(long accountId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT m.address, r.kind, t.id, t.title_zh, g.name_zh, t.planned_end, r.period
                          FROM reminder_mail m
                          JOIN reminder r ON r.id = m.reminder_id
                          JOIN task t ON t.id = r.task_id
                          JOIN region g ON g.id = r.region_id
                         WHERE m.account_id = :account AND m.sent_at IS NULL AND m.attempts < :max
                         ORDER BY CASE r.kind WHEN 'overdue' THEN 0 WHEN 'due_soon' THEN 1 ELSE 2 END,
                                  t.planned_end, t.id
                           FOR UPDATE OF m
                        """)
                .setParameter("account", accountId)
                .setParameter("max", MAX_ATTEMPTS)
                .getResultList();
        List<Line> lines = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            lines.add(new Line(
                    (String) row[0],
                    ReminderKind.valueOf((String) row[1]),
                    ((Number) row[2]).longValue(),
                    (String) row[3],
                    (String) row[4],
                    TaskReader.date(row[5]),
                    TaskReader.date(row[6])));
        }
        return lines;
    }

    String subject(List<Line> lines) {
        long overdue =
                lines.stream().filter(l -> l.kind() == ReminderKind.overdue).count();
        String regions =
                String.join("、", lines.stream().map(Line::regionName).distinct().toList());
        return "【试点看板】提醒：" + regions + "有 " + lines.size() + " 项任务需要更新" + (overdue > 0 ? "（" + overdue + " 项已逾期）" : "");
    }

    String body(List<Line> lines) {
        LocalDate today = clock.today();
        Optional<String> base = config.reminders().linkBase().map(b -> b.replaceAll("/+$", ""));
        StringBuilder text = new StringBuilder("您好：\n\n以下试点任务需要您更新进展或核实状态。\n");
        for (ReminderKind kind : ReminderKind.values()) {
            List<Line> ofKind = lines.stream().filter(l -> l.kind() == kind).toList();
            if (ofKind.isEmpty()) {
                continue;
            }
            text.append('\n')
                    .append(heading(kind))
                    .append("（")
                    .append(ofKind.size())
                    .append(" 项）\n");
            for (Line line : ofKind) {
                text.append("- ")
                        .append(line.title())
                        .append("（")
                        .append(line.regionName())
                        .append("，");
                switch (kind) {
                    case overdue ->
                        text.append("计划完成 ")
                                .append(line.plannedEnd())
                                .append("，已逾期 ")
                                .append(ChronoUnit.DAYS.between(line.plannedEnd(), today))
                                .append(" 天");
                    case due_soon ->
                        text.append("计划完成 ")
                                .append(line.plannedEnd())
                                .append("，还有 ")
                                .append(ChronoUnit.DAYS.between(today, line.plannedEnd()))
                                .append(" 天");
                    case stale -> text.append("上次核实 ").append(line.period());
                }
                text.append("）\n");
                base.ifPresent(b -> text.append("  ")
                        .append(b)
                        .append("/console/tasks/")
                        .append(line.taskId())
                        .append("/edit\n"));
            }
        }
        text.append("\n这些提醒也在控制台的“提醒”页中。不想再收到提醒邮件，可在该页关闭。\n\n试点看板\n");
        return text.toString();
    }

    private static String heading(ReminderKind kind) {
        return switch (kind) {
            case overdue -> "已逾期";
            case due_soon -> ReminderKind.DUE_SOON_DAYS + " 天内到期";
            case stale -> "长期未更新";
        };
    }
}
