package org.pilotboard.reminder;

/** What a reminder is about; the webhook event is {@code task.<name>}. */
public enum ReminderKind {
    /** Not verified for longer than the stale period (pilotboard.stale-after-days). */
    stale,
    /** Not completed, and its planned end is within the next 14 days. */
    due_soon,
    /** Not completed, and its planned end has passed. */
    overdue;

    /** How many days ahead a planned end makes a task due soon. */
    public static final int DUE_SOON_DAYS = 14;

    public String webhookEvent() {
        return "task." + name();
    }
}
