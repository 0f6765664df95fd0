package org.pilotboard.task;

/** The state of a pilot task: 未启动, 推进中, 已完成, 滞后, 暂停. */
@SuppressWarnings("java:S115") // constants are the API's lower_snake words
public enum TaskStatus {
    not_started,
    in_progress,
    completed,
    delayed,
    suspended
}
