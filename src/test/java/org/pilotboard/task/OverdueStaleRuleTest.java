package org.pilotboard.task;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The overdue and stale rule of V10, the one the list, the exports and the dashboard's tally all ask, on a table of cases. */
@QuarkusTest
class OverdueStaleRuleTest {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 20);
    static final Instant BOUNDARY = Instant.parse("2026-02-19T16:00:00Z");

    @Inject
    EntityManager em;

    boolean overdue(String status, LocalDate plannedEnd) {
        return (Boolean) em.createNativeQuery("SELECT task_overdue(:status, :end, :today)")
                .setParameter("status", status)
                .setParameter("end", plannedEnd)
                .setParameter("today", TODAY)
                .getSingleResult();
    }

    boolean stale(String status, Instant lastVerified) {
        return (Boolean) em.createNativeQuery("SELECT task_stale(:status, :verified, :before)")
                .setParameter("status", status)
                .setParameter("verified", lastVerified)
                .setParameter("before", BOUNDARY)
                .getSingleResult();
    }

    @Test
    void overdueIsOpenWithThePlannedEndBeforeToday() {
        assertEquals(true, overdue("in_progress", TODAY.minusDays(1)));
        assertEquals(true, overdue("not_started", TODAY.minusDays(1)));
        assertEquals(true, overdue("delayed", TODAY.minusYears(1)));
        assertEquals(false, overdue("in_progress", TODAY), "due today is not overdue yet");
        assertEquals(false, overdue("suspended", TODAY.plusDays(1)));
        assertEquals(false, overdue("completed", TODAY.minusDays(1)), "a completed task is never overdue");
    }

    @Test
    void staleIsOpenAndLastVerifiedBeforeTheBoundary() {
        assertEquals(true, stale("in_progress", BOUNDARY.minusSeconds(1)));
        assertEquals(true, stale("suspended", BOUNDARY.minusSeconds(86_400 * 30)));
        assertEquals(false, stale("in_progress", BOUNDARY), "verified at the boundary is not stale");
        assertEquals(false, stale("delayed", BOUNDARY.plusSeconds(1)));
        assertEquals(false, stale("completed", BOUNDARY.minusSeconds(86_400)), "a completed task is never stale");
    }
}
