package org.pilotboard.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pilotboard.http.Problem;
import org.pilotboard.http.ProblemException;
import org.pilotboard.task.StatusRules.State;
import org.pilotboard.task.TaskViews.StatusUpdateWrite;

class StatusRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 20);
    static final State STARTED = new State(TaskStatus.in_progress, 40, LocalDate.of(2026, 1, 10), null);
    static final List<Evidence> LINK = List.of(new Evidence("https://example.org/doc", null, null));

    static StatusUpdateWrite write(TaskStatus status, Integer progress, String comment, List<Evidence> evidence) {
        return new StatusUpdateWrite(status, progress, comment, evidence, null, null);
    }

    static List<String> fields(State current, StatusUpdateWrite write) {
        return StatusRules.violations(current, write, TODAY).stream()
                .map(Problem.Violation::field)
                .toList();
    }

    @Test
    void firstProgressStartsTheTaskToday() {
        State next = StatusRules.next(State.NEW, write(TaskStatus.in_progress, 10, null, null), TODAY);
        assertEquals(new State(TaskStatus.in_progress, 10, TODAY, null), next);
    }

    @Test
    void progressDefaultsToTheCurrentOne() {
        assertEquals(
                40,
                StatusRules.next(STARTED, write(TaskStatus.delayed, null, "资金未到位", null), TODAY)
                        .progress());
    }

    @Test
    void completingNeedsEvidenceAndSetsHundredAndTheActualEnd() {
        assertEquals(List.of("evidence"), fields(STARTED, write(TaskStatus.completed, null, null, null)));
        State done = StatusRules.next(STARTED, write(TaskStatus.completed, null, null, LINK), TODAY);
        assertEquals(new State(TaskStatus.completed, 100, STARTED.actualStart(), TODAY), done);
    }

    @Test
    void completedIsAtHundredAndNotStartedAtZero() {
        assertEquals(List.of("progress"), fields(STARTED, write(TaskStatus.completed, 90, null, LINK)));
        assertEquals(List.of("progress"), fields(STARTED, write(TaskStatus.not_started, 5, null, null)));
        assertEquals(
                0,
                StatusRules.next(STARTED, write(TaskStatus.not_started, null, null, null), TODAY)
                        .progress());
    }

    @Test
    void delayedAndSuspendedNeedAComment() {
        assertEquals(List.of("comment"), fields(STARTED, write(TaskStatus.delayed, 50, " ", null)));
        assertEquals(List.of("comment"), fields(STARTED, write(TaskStatus.suspended, 50, null, null)));
        assertEquals(List.of(), fields(STARTED, write(TaskStatus.suspended, 50, "暂缓", null)));
    }

    @Test
    void hundredWithoutCompletingIsRefused() {
        assertEquals(List.of("progress"), fields(STARTED, write(TaskStatus.in_progress, 100, null, null)));
        assertEquals(List.of("progress"), fields(STARTED, write(TaskStatus.delayed, 100, "x", null)));
    }

    @Test
    void evidenceWithoutReferenceIsNamedByIndex() {
        List<Evidence> evidence =
                List.of(new Evidence("https://example.org", null, null), new Evidence(null, " ", "标签"));
        assertEquals(List.of("evidence[1]"), fields(STARTED, write(TaskStatus.in_progress, 50, null, evidence)));
    }

    @Test
    void actualDatesMustNotBeInTheFutureNorReversed() {
        StatusUpdateWrite future =
                new StatusUpdateWrite(TaskStatus.completed, null, null, LINK, TODAY.plusDays(1), TODAY.plusDays(2));
        assertEquals(List.of("actualStart", "actualEnd"), fields(STARTED, future));
        StatusUpdateWrite reversed =
                new StatusUpdateWrite(TaskStatus.completed, null, null, LINK, null, LocalDate.of(2026, 1, 1));
        assertEquals(List.of("actualEnd"), fields(STARTED, reversed));
        StatusUpdateWrite openWithEnd = new StatusUpdateWrite(TaskStatus.in_progress, 50, null, null, null, TODAY);
        assertEquals(List.of("actualEnd"), fields(STARTED, openWithEnd));
    }

    @Test
    void everyBrokenRuleIsNamedAtOnce() {
        ProblemException e = assertThrows(
                ProblemException.class,
                () -> StatusRules.next(
                        STARTED,
                        new StatusUpdateWrite(TaskStatus.delayed, 100, null, null, TODAY.plusDays(3), null),
                        TODAY));
        assertEquals(
                List.of("comment", "progress", "actualStart"),
                e.problem().violations().stream().map(Problem.Violation::field).toList());
    }

    @Test
    void completingBeforeTheStartMovesTheStartBack() {
        State late = new State(TaskStatus.in_progress, 50, TODAY, null);
        StatusUpdateWrite done = new StatusUpdateWrite(TaskStatus.completed, null, null, LINK, null, TODAY);
        State next = StatusRules.move(
                late,
                new StatusUpdateWrite(TaskStatus.completed, null, null, LINK, null, TODAY.minusDays(3)),
                100,
                TODAY);
        assertEquals(TODAY.minusDays(3), next.actualStart());
        assertEquals(TODAY, StatusRules.next(late, done, TODAY).actualEnd());
    }

    @Test
    void reopeningClearsTheActualEnd() {
        State done = new State(TaskStatus.completed, 100, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 1));
        State reopened = StatusRules.next(done, write(TaskStatus.in_progress, 80, null, null), TODAY);
        assertNull(reopened.actualEnd());
        assertEquals(LocalDate.of(2026, 1, 1), reopened.actualStart());
    }

    @Test
    void aReasonIsNeededExactlyWhenPlannedDatesChange() {
        assertNull(StatusRules.revisionReasonProblem(true, "上级调整"));
        assertNull(StatusRules.revisionReasonProblem(false, null));
        assertTrue(StatusRules.revisionReasonProblem(true, " ").contains("needs a reason"));
        assertTrue(StatusRules.revisionReasonProblem(false, "x").contains("only a change"));
    }
}
