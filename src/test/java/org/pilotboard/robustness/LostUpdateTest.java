package org.pilotboard.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pilotboard.Api;

/**
 * 32 clients, several hundred read-modify-write cycles with If-Match on the same four tasks (status
 * updates and planned-date revisions mixed): every acknowledged write is in the history once, in
 * version order, based on the state its client read; the version count equals the acknowledged
 * writes. Complements task/ConcurrencyTest (one round of simultaneous writers on one task).
 */
@QuarkusTest
@TestProfile(RobustnessProfile.class)
class LostUpdateTest {

    static final int CLIENTS = 32;
    static final int CYCLES_PER_CLIENT = 10;

    @TestHTTPResource("/")
    URL app;

    @Test
    void noAcknowledgedWriteIsLostUnderContention() throws Exception {
        String base = app.toString().replaceAll("/$", "");
        Http http = new Http(Duration.ofSeconds(30));
        String token = http.login(base, Api.ADMIN, Api.ADMIN_PASSWORD);
        String region = Fixtures.region(http, base, token, "lost-updates-" + System.nanoTime() % 100000);
        List<Long> tasks = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            tasks.add(Fixtures.task(http, base, token, region, "并发任务 " + i));
        }

        LostUpdates.Report report = LostUpdates.run(http, List.of(base), token, tasks, CLIENTS, CYCLES_PER_CLIENT, 8);
        System.out.println(report.summary());

        assertEquals(CLIENTS * CYCLES_PER_CLIENT, report.cycles);
        assertTrue(report.errors.isEmpty(), "only 2xx and 412 answers: " + report.errors);
        assertTrue(report.violations.isEmpty(), String.join("\n", report.violations));
        assertTrue(report.successes >= 20, "enough writes got through to prove something: " + report.successes);
        assertTrue(report.conflicts > 0, "the clients really competed for the same versions");
        assertEquals(report.cycles, report.successes + report.conflicts);
    }
}
