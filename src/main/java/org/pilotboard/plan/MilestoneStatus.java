package org.pilotboard.plan;

/** A milestone's state: derived from its tasks, or set by an admin's override. */
@SuppressWarnings("java:S115") // constants are the API's lower_snake words
public enum MilestoneStatus {
    no_tasks,
    in_progress,
    overdue,
    achieved,
    achieved_late
}
