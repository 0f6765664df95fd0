package org.pilotboard.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pilotboard.plan.MilestoneOverridden;
import org.pilotboard.reminder.TaskReminded;
import org.pilotboard.task.TaskEvent;
import org.pilotboard.task.TaskReader;
import org.pilotboard.task.TaskStatus;
import org.pilotboard.task.TaskViews.StatusUpdateView;
import org.pilotboard.task.TaskViews.TaskView;

/**
 * Listens to the events the business writes fire, synchronously in their own transaction once they
 * have written, and queues the webhook events they cause in the outbox of that same transaction.
 * Payloads carry the public view of a task (never its internal note).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class WebhookTriggers {

    private final WebhookOutbox outbox;
    private final MilestoneWatch milestones;
    private final TaskReader reader;

    public WebhookTriggers(WebhookOutbox outbox, MilestoneWatch milestones, TaskReader reader) {
        this.outbox = outbox;
        this.milestones = milestones;
        this.reader = reader;
    }

    /** A task was created: task.created, and its milestone may change (a first task, or an open one among done ones). */
    void taskCreated(@Observes TaskEvent.Created created) {
        TaskView task = created.task();
        outbox.enqueue(WebhookEvents.TASK_CREATED, () -> Map.of("task", task.forPublic()));
        milestones.check(List.of(task.milestoneCode()), MilestoneWatch.CAUSE_TASK, task.id());
    }

    /** A status update was posted: status_update.posted with the update and the task after it. */
    void statusUpdatePosted(@Observes TaskEvent.StatusUpdatePosted posted) {
        TaskView before = posted.before();
        StatusUpdateView update = posted.update();
        outbox.enqueue(WebhookEvents.STATUS_UPDATE_POSTED, () -> {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("update", update);
            data.put("task", reader.get(update.taskId(), null).forPublic());
            return data;
        });
        // A milestone's status depends on which of its tasks are completed (and when), nothing else a status update
        // changes.
        if (before.status() == TaskStatus.completed || update.status() == TaskStatus.completed) {
            milestones.check(List.of(before.milestoneCode()), MilestoneWatch.CAUSE_TASK, update.taskId());
        }
    }

    /** A task was edited: only a move to another milestone can change a milestone's status. */
    void taskChanged(@Observes TaskEvent.Changed changed) {
        TaskView before = changed.before();
        TaskView after = changed.after();
        if (!before.milestoneCode().equals(after.milestoneCode())) {
            milestones.check(
                    List.of(before.milestoneCode(), after.milestoneCode()), MilestoneWatch.CAUSE_TASK, after.id());
        }
    }

    /** A task was deleted: its milestone may have no tasks left, or only completed ones. */
    void taskDeleted(@Observes TaskEvent.Deleted deleted) {
        TaskView before = deleted.before();
        milestones.check(List.of(before.milestoneCode()), MilestoneWatch.CAUSE_TASK, before.id());
    }

    /** The daily reminder job reminded a task's officials: task.stale, task.due_soon or task.overdue. */
    void taskReminded(@Observes TaskReminded reminded) {
        outbox.enqueue(reminded.kind().webhookEvent(), () -> {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put(
                    "reminder",
                    Map.of("id", reminded.reminderId(), "kind", reminded.kind(), "period", reminded.period()));
            data.put("task", reader.get(reminded.taskId(), null).forPublic());
            return data;
        });
    }

    /** An admin set or cleared a milestone's override. */
    void milestoneOverridden(@Observes MilestoneOverridden overridden) {
        milestones.check(List.of(overridden.code()), MilestoneWatch.CAUSE_OVERRIDE, null);
    }
}
