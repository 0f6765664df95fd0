package org.pilotboard.webhook;

import java.util.List;
import org.pilotboard.reminder.ReminderKind;

/** The event types a webhook can subscribe to. */
public final class WebhookEvents {

    private WebhookEvents() {}

    public static final String TASK_CREATED = "task.created";
    public static final String STATUS_UPDATE_POSTED = "status_update.posted";
    public static final String MILESTONE_STATUS_CHANGED = "milestone.status_changed";
    public static final String TASK_STALE = ReminderKind.stale.webhookEvent();
    public static final String TASK_DUE_SOON = ReminderKind.due_soon.webhookEvent();
    public static final String TASK_OVERDUE = ReminderKind.overdue.webhookEvent();
    /** Sent on request to one webhook, whatever it subscribes to, to check the receiver. */
    public static final String PING = "ping";

    public static final List<String> ALL = List.of(
            TASK_CREATED, STATUS_UPDATE_POSTED, MILESTONE_STATUS_CHANGED, TASK_STALE, TASK_DUE_SOON, TASK_OVERDUE);
}
