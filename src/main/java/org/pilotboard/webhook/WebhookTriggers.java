package org.pilotboard.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pilotboard.task.TaskReader;
import org.pilotboard.task.TaskStatus;
import org.pilotboard.task.TaskViews.StatusUpdateView;
import org.pilotboard.task.TaskViews.TaskView;

/**
 * What the business writes call, in their own transaction, once they have written: queues the
 * events they cause. Payloads carry the public view of a task (never its internal note).
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
    public void taskCreated(TaskView task) {
        outbox.enqueue(WebhookEvents.TASK_CREATED, () -> Map.of("task", task.forPublic()));
        milestones.check(List.of(task.milestoneCode()), MilestoneWatch.CAUSE_TASK, task.id());
    }

    /** A status update was posted: status_update.posted with the update and the task after it. */
    public void statusUpdatePosted(TaskView before, StatusUpdateView update) {
        outbox.enqueue(WebhookEvents.STATUS_UPDATE_POSTED, () -> {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("update", update);
            data.put("task", reader.get(update.taskId(), null).forPublic());
            return data;
        });
        // A milestone's status depends on which of its tasks are completed (and when), nothing else a status update changes.
        if (before.status() == TaskStatus.completed || update.status() == TaskStatus.completed) {
            milestones.check(List.of(before.milestoneCode()), MilestoneWatch.CAUSE_TASK, update.taskId());
        }
    }

    /** A task was edited: only a move to another milestone can change a milestone's status. */
    public void taskChanged(TaskView before, TaskView after) {
        if (!before.milestoneCode().equals(after.milestoneCode())) {
            milestones.check(List.of(before.milestoneCode(), after.milestoneCode()), MilestoneWatch.CAUSE_TASK, after.id());
        }
    }

    /** A task was deleted: its milestone may have no tasks left, or only completed ones. */
    public void taskDeleted(TaskView before) {
        milestones.check(List.of(before.milestoneCode()), MilestoneWatch.CAUSE_TASK, before.id());
    }

    /** An admin set or cleared a milestone's override. */
    public void milestoneOverridden(String code) {
        milestones.check(List.of(code), MilestoneWatch.CAUSE_OVERRIDE, null);
    }
}
