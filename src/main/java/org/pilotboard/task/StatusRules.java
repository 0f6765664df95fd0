package org.pilotboard.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pilotboard.http.Problem;
import org.pilotboard.http.ProblemException;
import org.pilotboard.task.TaskViews.StatusUpdateWrite;

/**
 * The rules of a task's status: what a status update may say given where the task stands, and where
 * the update leaves it. Pure functions of the state, shared by {@link TaskService} (which records the
 * update) and the importer (which plays a file's updates on copies before writing any).
 */
public final class StatusRules {

    /** Where a task stands: the part of it a status update reads and moves. */
    public record State(TaskStatus status, int progress, LocalDate actualStart, LocalDate actualEnd) {
        /** A task just created. */
        public static final State NEW = new State(TaskStatus.not_started, 0, null, null);

        public static State of(Task task) {
            return new State(task.status, task.progress, task.actualStart, task.actualEnd);
        }

        public void applyTo(Task task) {
            task.status = status;
            task.progress = progress;
            task.actualStart = actualStart;
            task.actualEnd = actualEnd;
        }
    }

    private StatusRules() {}

    /** Checks an update against the rules and answers the state it leaves; a validation problem names every broken rule. */
    public static State next(State current, StatusUpdateWrite write, LocalDate today) {
        List<Problem.Violation> violations = violations(current, write, today);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return move(current, write, progress(current, write), today);
    }

    /** The progress an update records: as written, else the current one; completed is 100, not started 0. */
    public static int progress(State current, StatusUpdateWrite write) {
        return switch (write.status()) {
            case completed -> 100;
            case not_started -> 0;
            default -> write.progress() != null ? write.progress() : current.progress();
        };
    }

    /** Every rule the update breaks, given the task's current state (empty: none). */
    public static List<Problem.Violation> violations(State current, StatusUpdateWrite write, LocalDate today) {
        List<Problem.Violation> violations = new ArrayList<>();
        int progress = write.progress() != null ? write.progress() : current.progress();
        switch (write.status()) {
            case completed -> {
                if (write.progress() != null && write.progress() != 100) {
                    violations.add(new Problem.Violation("progress", "body", "a completed task is at 100"));
                }
                if (write.evidence() == null || write.evidence().isEmpty()) {
                    violations.add(new Problem.Violation(
                            "evidence",
                            "body",
                            "completing a task needs evidence: at least one link or document number"));
                }
            }
            case not_started -> {
                if (write.progress() != null && write.progress() != 0) {
                    violations.add(new Problem.Violation("progress", "body", "a task not started is at 0"));
                }
            }
            case delayed, suspended -> {
                if (write.comment() == null || write.comment().isBlank()) {
                    violations.add(new Problem.Violation(
                            "comment", "body", "say why the task is " + write.status() + ": a comment is required"));
                }
                if (progress == 100) {
                    violations.add(new Problem.Violation("progress", "body", "only a completed task is at 100"));
                }
            }
            case in_progress -> {
                if (progress == 100) {
                    violations.add(new Problem.Violation(
                            "progress", "body", "at 100 the task is completed: use status completed"));
                }
            }
        }
        if (write.evidence() != null) {
            for (int i = 0; i < write.evidence().size(); i++) {
                Evidence evidence = write.evidence().get(i);
                if (evidence != null && evidence.lacksReference()) {
                    violations.add(
                            new Problem.Violation("evidence[" + i + "]", "body", "needs a url or a documentNumber"));
                }
            }
        }
        if (write.actualStart() != null && write.actualStart().isAfter(today)) {
            violations.add(new Problem.Violation("actualStart", "body", "must not be in the future"));
        }
        if (write.actualEnd() != null) {
            if (write.status() != TaskStatus.completed) {
                violations.add(new Problem.Violation("actualEnd", "body", "only a completed task has an actual end"));
            } else if (write.actualEnd().isAfter(today)) {
                violations.add(new Problem.Violation("actualEnd", "body", "must not be in the future"));
            }
            LocalDate start = write.actualStart() != null ? write.actualStart() : current.actualStart();
            if (start != null && write.actualEnd().isBefore(start)) {
                violations.add(
                        new Problem.Violation("actualEnd", "body", "must not be before actualStart (" + start + ")"));
            }
        }
        return violations;
    }

    /**
     * The state after an update recorded with this progress: status and progress as given, the actual
     * start on the first sign of work (today unless given), the actual end on completion (today unless
     * given; the start moved back to it if it lay later), no actual end otherwise.
     */
    public static State move(State current, StatusUpdateWrite write, int progress, LocalDate today) {
        LocalDate actualStart = current.actualStart();
        if (write.actualStart() != null) {
            actualStart = write.actualStart();
        } else if (actualStart == null
                && (progress > 0
                        || write.status() == TaskStatus.in_progress
                        || write.status() == TaskStatus.completed)) {
            actualStart = today;
        }
        LocalDate actualEnd = null;
        if (write.status() == TaskStatus.completed) {
            actualEnd = write.actualEnd() != null ? write.actualEnd() : today;
            if (actualEnd.isBefore(actualStart)) {
                actualStart = actualEnd;
            }
        }
        return new State(write.status(), progress, actualStart, actualEnd);
    }

    /** What is wrong with the reason of a task change (null: nothing): needed exactly when a planned date changes. */
    public static String revisionReasonProblem(boolean datesChanged, String reason) {
        boolean given = reason != null && !reason.isBlank();
        if (datesChanged && !given) {
            return "changing plannedStart or plannedEnd needs a reason; the baseline stays as first agreed";
        }
        if (!datesChanged && reason != null) {
            return "only a change of plannedStart or plannedEnd takes a reason";
        }
        return null;
    }
}
