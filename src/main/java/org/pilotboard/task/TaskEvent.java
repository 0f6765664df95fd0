package org.pilotboard.task;

import org.pilotboard.task.TaskViews.StatusUpdateView;
import org.pilotboard.task.TaskViews.TaskView;

/**
 * What a task write fires once it has written, synchronously and in its own transaction, so that a
 * listener's writes (the webhook outbox) commit or fail with it. Tasks need not know who listens.
 */
public sealed interface TaskEvent {

    /** A task was created. */
    record Created(TaskView task) implements TaskEvent {}

    /** A task's fields were edited (not its status: that is a status update). */
    record Changed(TaskView before, TaskView after) implements TaskEvent {}

    /** A task was deleted. */
    record Deleted(TaskView before) implements TaskEvent {}

    /** A status update was posted; before is the task as it was. */
    record StatusUpdatePosted(TaskView before, StatusUpdateView update) implements TaskEvent {}
}
