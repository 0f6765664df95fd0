package org.pilotboard.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.pilotboard.account.Account;
import org.pilotboard.http.PageResult;
import org.pilotboard.http.ProblemException;
import org.pilotboard.reminder.ReminderViews.ReminderView;
import org.pilotboard.task.TaskReader;

/**
 * The console inbox (提醒): the reminders of the regions a user is official of (every region for an
 * admin), newest first, each read or not by that user.
 */
@ApplicationScoped
public class ReminderInbox {

    /** The reminders the account sees: a condition on r (reminder), for :account. */
    private static final String VISIBLE = """
            (EXISTS (SELECT 1 FROM account a WHERE a.id = :account AND a.role = 'admin')
             OR r.region_id IN (SELECT ar.region_id FROM account_region ar
                                  JOIN account a ON a.id = ar.account_id
                                 WHERE ar.account_id = :account AND a.role = 'official'))
            """;

    private final EntityManager em;

    public ReminderInbox(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public PageResult<ReminderView> list(Account account, boolean unreadOnly, int page, int size) {
        String where = " WHERE " + VISIBLE
                + (unreadOnly
                        ? " AND NOT EXISTS (SELECT 1 FROM reminder_read rr"
                                + " WHERE rr.reminder_id = r.id AND rr.account_id = :account)"
                        : "");
        long total = ((Number) em.createNativeQuery("SELECT count(*) FROM reminder r" + where)
                        .setParameter("account", account.id)
                        .getSingleResult())
                .longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        """
                        SELECT r.id, r.kind, r.period, r.created_at,
                               EXISTS (SELECT 1 FROM reminder_read rr
                                        WHERE rr.reminder_id = r.id AND rr.account_id = :account),
                               t.id, t.title_zh, t.title_en, g.code, g.name_zh, g.name_en, t.planned_end, t.status
                          FROM reminder r
                          JOIN task t ON t.id = r.task_id
                          JOIN region g ON g.id = r.region_id
                        """ + where + " ORDER BY r.created_at DESC, r.id DESC LIMIT :size OFFSET :offset")
                .setParameter("account", account.id)
                .setParameter("size", size)
                .setParameter("offset", (long) page * size)
                .getResultList();
        List<ReminderView> items = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            items.add(new ReminderView(
                    ((Number) row[0]).longValue(),
                    ReminderKind.valueOf((String) row[1]),
                    TaskReader.date(row[2]),
                    TaskReader.instant(row[3]),
                    (Boolean) row[4],
                    ((Number) row[5]).longValue(),
                    (String) row[6],
                    (String) row[7],
                    (String) row[8],
                    (String) row[9],
                    (String) row[10],
                    TaskReader.date(row[11]),
                    (String) row[12]));
        }
        return PageResult.of(items, page, size, total);
    }

    @Transactional
    public long unread(Account account) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM reminder r WHERE " + VISIBLE
                                + " AND NOT EXISTS (SELECT 1 FROM reminder_read rr"
                                + " WHERE rr.reminder_id = r.id AND rr.account_id = :account)")
                        .setParameter("account", account.id)
                        .getSingleResult())
                .longValue();
    }

    /** Marks one reminder read; 404 for one the account does not see, as if it did not exist. */
    @Transactional
    public void markRead(Account account, long reminderId) {
        int marked = em.createNativeQuery("INSERT INTO reminder_read (reminder_id, account_id)"
                        + " SELECT r.id, :account FROM reminder r WHERE r.id = :id AND " + VISIBLE
                        + " ON CONFLICT DO NOTHING")
                .setParameter("account", account.id)
                .setParameter("id", reminderId)
                .executeUpdate();
        if (marked == 0 && !visible(account, reminderId)) {
            throw ProblemException.notFound("Reminder", reminderId);
        }
    }

    /** Marks everything in the account's inbox read; answers how many were unread. */
    @Transactional
    public int markAllRead(Account account) {
        return em.createNativeQuery("INSERT INTO reminder_read (reminder_id, account_id)"
                        + " SELECT r.id, :account FROM reminder r WHERE " + VISIBLE + " ON CONFLICT DO NOTHING")
                .setParameter("account", account.id)
                .executeUpdate();
    }

    private boolean visible(Account account, long reminderId) {
        return !em.createNativeQuery("SELECT 1 FROM reminder r WHERE r.id = :id AND " + VISIBLE)
                .setParameter("account", account.id)
                .setParameter("id", reminderId)
                .getResultList()
                .isEmpty();
    }
}
