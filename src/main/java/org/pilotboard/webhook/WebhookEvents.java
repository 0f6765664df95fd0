package org.pilotboard.webhook;

import java.util.List;

/** The event types a webhook can subscribe to. */
public final class WebhookEvents {

    private WebhookEvents() {}

    public static final String TASK_CREATED = "task.created";
    public static final String STATUS_UPDATE_POSTED = "status_update.posted";
    public static final String MILESTONE_STATUS_CHANGED = "milestone.status_changed";
    /** Sent on request to one webhook, whatever it subscribes to, to check the receiver. */
    public static final String PING = "ping";

    public static final List<String> ALL = List.of(TASK_CREATED, STATUS_UPDATE_POSTED, MILESTONE_STATUS_CHANGED);
}
