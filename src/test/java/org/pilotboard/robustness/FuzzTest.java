package org.pilotboard.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URL;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pilotboard.Api;

/**
 * A bounded, seeded run of the OpenAPI fuzzer (the long run in bench/robustness sends at least
 * 10,000): every operation, as anonymous and as admin, with schema-aware mutations. No 5xx, every
 * error a problem+json without internals, and the database unchanged by every refused request.
 */
@QuarkusTest
@TestProfile(RobustnessProfile.class)
class FuzzTest {

    static final int REQUESTS = 1500;
    static final long SEED = 20261122L;

    @TestHTTPResource("/")
    URL app;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void hostileInputNeverBreaksTheApi() throws Exception {
        String base = app.toString().replaceAll("/$", "");
        Http http = new Http(Duration.ofSeconds(30));
        String token = http.login(base, Api.ADMIN, Api.ADMIN_PASSWORD);
        Map<String, List<String>> fixtures =
                Fixtures.forFuzzer(http, base, token, Long.toString(System.nanoTime() % 100000));
        Fuzzer fuzzer =
                new Fuzzer(http.get(base + "/q/openapi?format=json", null).json(), SEED, fixtures);

        FuzzRun.Report report;
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(true);
            report = FuzzRun.run(
                    http, base, fuzzer, () -> http.login(base, Api.ADMIN, Api.ADMIN_PASSWORD), db, REQUESTS);
        }
        List<String> raw = FuzzRun.rawCases(
                app.getHost(),
                app.getPort(),
                Long.parseLong(fixtures.get("tasks").get(1)),
                http.login(base, Api.ADMIN, Api.ADMIN_PASSWORD),
                report);
        System.out.println(report.summary() + report.perOperation() + "raw: " + raw);

        assertTrue(report.findings.isEmpty(), report.summary());
        assertEquals(0, report.byClass.getOrDefault("5xx", 0));
        assertTrue(report.requests >= REQUESTS);
        for (Fuzzer.Op op : fuzzer.operations()) {
            assertTrue(report.statusesByOperation.containsKey(op.id()), "fuzzed " + op.id());
        }
        assertTrue(
                fuzzer.operations().size() >= 40,
                "walked the whole document: " + fuzzer.operations().size());
        assertTrue(report.unchangedChecks > REQUESTS / 2, "the database was compared after refused requests and reads");
        assertTrue(
                report.accepted > 0 && report.refused > REQUESTS / 2,
                "mostly refused, some accepted: " + report.byClass);
    }
}
