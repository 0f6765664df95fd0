package org.pilotboard.task;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Lets tests make time pass for a task without waiting: moves its last verification into the past. */
final class TestClock {

    private TestClock() {}

    static void ageVerification(long taskId, int days) {
        QuarkusTransaction.requiringNew()
                .run(() -> Task.update(
                        "lastVerifiedAt = ?1 where id = ?2", Instant.now().minus(days, ChronoUnit.DAYS), taskId));
    }
}
