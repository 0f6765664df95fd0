package org.pilotboard.common;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.jboss.logging.Logger;

/**
 * Readiness stays down until the start-up has finished and the data checks have passed: every
 * migration applied and none pending, the shipped datasets loaded, and the history consistent
 * with the tasks (no history entry beyond its task's version, no two entries for one version).
 * A failed check keeps the instance out of rotation and says why, instead of serving bad data.
 */
@Readiness
@ApplicationScoped
public class StartupChecks implements HealthCheck {

    static final String NAME = "Pilotboard start-up and data checks";
    private static final Logger LOG = Logger.getLogger(StartupChecks.class);

    /** Each check is a query that answers one number: how many things are wrong. */
    private static final Map<String, String> CHECKS = checks();

    private final AgroalDataSource dataSource;
    private final Flyway flyway;
    private volatile Map<String, Object> outcome;
    private volatile boolean passed;

    public StartupChecks(AgroalDataSource dataSource, Flyway flyway) {
        this.dataSource = dataSource;
        this.flyway = flyway;
    }

    private static Map<String, String> checks() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("failedMigrations", "SELECT count(*) FROM flyway_schema_history WHERE NOT success");
        c.put("missingDatasets", "SELECT 2 - count(DISTINCT name) FROM dataset_state WHERE name IN ('plan', 'regions')");
        c.put("updatesBeyondTaskVersion", "SELECT count(*) FROM status_update u JOIN task t ON t.id = u.task_id WHERE u.task_version > t.version");
        c.put("revisionsBeyondTaskVersion", "SELECT count(*) FROM task_revision r JOIN task t ON t.id = r.task_id WHERE r.task_version > t.version");
        c.put("historyEntriesSharingAVersion", "SELECT count(*) FROM (SELECT task_id, task_version FROM status_update "
                + "UNION ALL SELECT task_id, task_version FROM task_revision) h GROUP BY task_id, task_version HAVING count(*) > 1");
        return c;
    }

    /** After the migrations and every data loader (their priorities are lower). */
    void onStart(@Observes @Priority(1000) StartupEvent start) {
        run();
    }

    /** Runs the checks and answers whether they passed. */
    public boolean run() {
        Map<String, Object> result = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        try {
            MigrationInfoService info = flyway.info();
            int pending = info.pending().length;
            result.put("schemaVersion", info.current() == null ? "none" : info.current().getVersion().toString());
            result.put("pendingMigrations", pending);
            if (pending > 0) {
                failures.add(pending + " pending migration(s)");
            }
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                for (Map.Entry<String, String> check : CHECKS.entrySet()) {
                    long wrong = 0;
                    try (ResultSet rs = s.executeQuery(check.getValue())) {
                        while (rs.next()) {
                            wrong += rs.getLong(1);
                        }
                    }
                    result.put(check.getKey(), wrong);
                    if (wrong != 0) {
                        failures.add(check.getKey() + ": " + wrong);
                    }
                }
            }
        } catch (SQLException | RuntimeException e) {
            failures.add("checks could not run: " + e.getMessage());
        }
        if (!failures.isEmpty()) {
            result.put("failures", String.join("; ", failures));
        }
        outcome = result;
        passed = failures.isEmpty();
        if (passed) {
            LOG.infof("Start-up data checks passed: %s", result);
        } else {
            LOG.errorf("Start-up data checks FAILED, readiness stays down: %s", result);
        }
        return passed;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
        Map<String, Object> current = outcome;
        if (current == null) {
            return response.down().withData("state", "start-up not finished").build();
        }
        current.forEach((key, value) -> {
            if (value instanceof Number n) {
                response.withData(key, n.longValue());
            } else {
                response.withData(key, String.valueOf(value));
            }
        });
        return response.status(passed).build();
    }
}
