package org.pilotboard.task;

import java.time.LocalDate;
import java.util.List;
import org.pilotboard.http.ProblemException;

/**
 * Which status updates to list across tasks: by the task's region, factor, measure and milestone,
 * by the status the update set, and by the day it was recorded (inclusive, in the app's zone).
 */
public record HistoryFilter(
        List<String> regions,
        String factor,
        String measure,
        String milestone,
        List<TaskStatus> statuses,
        Boolean demo,
        LocalDate since,
        LocalDate until,
        int page,
        int size) {

    static HistoryFilter of(TaskFilter task, LocalDate since, LocalDate until) {
        if (since != null && until != null && since.isAfter(until)) {
            throw ProblemException.invalid("since", "query", "must not be after until (" + until + ")");
        }
        return new HistoryFilter(
                task.regions(),
                task.factor(),
                task.measure(),
                task.milestone(),
                task.statuses(),
                task.demo(),
                since,
                until,
                task.page(),
                task.size());
    }
}
