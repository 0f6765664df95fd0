package org.pilotboard.db;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
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
 *
 * <p>The history checks at start cover the most recent entries (and every entry of the tasks they
 * belong to): those are the writes a crash or a failed deployment could have left half-done, and the
 * work stays the same however long the history grows. The whole history is then swept in the
 * background, a range of tasks per query so that none meets the statement timeout, pausing between
 * ranges so that it never takes more than half a core from requests; a problem it finds takes readiness down too.
 */
@Readiness
@ApplicationScoped
public class StartupChecks implements HealthCheck {

    static final String NAME = "Pilotboard start-up and data checks";
    private static final Logger LOG = Logger.getLogger(StartupChecks.class);
    /** History entries (per table) checked before readiness: the newest ones. */
    static final int RECENT_ENTRIES = 2_000;
    /** Task ids per query of the background sweep. */
    static final int SWEEP_TASKS_PER_QUERY = 50_000;

    /** Each check is a query that answers one number: how many things are wrong. */
    private static final Map<String, String> CHECKS = checks();

    private final AgroalDataSource dataSource;
    private final Flyway flyway;
    private final int recentEntries;
    private volatile Map<String, Object> outcome;
    private volatile boolean passed;
    private volatile String sweep = "not started";
    private volatile String sweepFailure;

    @Inject
    public StartupChecks(AgroalDataSource dataSource, Flyway flyway) {
        this(dataSource, flyway, RECENT_ENTRIES);
    }

    /** With another number of recent entries checked at start (tests). */
    public StartupChecks(AgroalDataSource dataSource, Flyway flyway, int recentEntries) {
        this.dataSource = dataSource;
        this.flyway = flyway;
        this.recentEntries = recentEntries;
    }

    /**
     * The history checks over one set of tasks, given as a condition on a task id column (%1$s); the
     * start-up check passes the tasks of the newest entries, the sweep a range of ids.
     */
    private static String[][] historyChecks(String tasks) {
        String u = String.format(tasks, "u.task_id");
        String r = String.format(tasks, "r.task_id");
        return new String[][] {
            {
                "updatesBeyondTaskVersion",
                "SELECT count(*) FROM status_update u JOIN task t ON t.id = u.task_id" + " WHERE " + u
                        + " AND u.task_version > t.version"
            },
            {
                "revisionsBeyondTaskVersion",
                "SELECT count(*) FROM task_revision r JOIN task t ON t.id = r.task_id" + " WHERE " + r
                        + " AND r.task_version > t.version"
            },
            {
                "historyEntriesSharingAVersion",
                "SELECT count(*) FROM (SELECT u.task_id, u.task_version FROM status_update u"
                        + " WHERE " + u + " UNION ALL SELECT r.task_id, r.task_version FROM task_revision r"
                        + " WHERE " + r + ") h GROUP BY task_id, task_version HAVING count(*) > 1"
            }
        };
    }

    private static Map<String, String> checks() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("failedMigrations", "SELECT count(*) FROM flyway_schema_history WHERE NOT success");
        c.put(
                "missingDatasets",
                "SELECT 2 - count(DISTINCT name) FROM dataset_state WHERE name IN ('plan', 'regions')");
        return c;
    }

    /**
     * The tasks of the newest history entries: an index range over each table's key, from bounds read
     * first so that the planner sees how few rows they are.
     */
    private String recentTasks(Statement s) throws SQLException {
        long updates = sum(s, "SELECT coalesce(max(id), 0) FROM status_update") - recentEntries;
        long revisions = sum(s, "SELECT coalesce(max(id), 0) FROM task_revision") - recentEntries;
        return "%1$s IN (SELECT task_id FROM status_update WHERE id > " + updates
                + " UNION SELECT task_id FROM task_revision WHERE id > " + revisions + ")";
    }

    /** After the migrations and every data loader (their priorities are lower). */
    void onStart(@Observes @Priority(1000) StartupEvent start) {
        if (run()) {
            Thread sweeper = new Thread(this::sweep, "pilotboard-history-sweep");
            sweeper.setDaemon(true);
            sweeper.start();
        }
    }

    /** Runs the start-up checks and answers whether they passed. */
    public boolean run() {
        Map<String, Object> result = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        try {
            MigrationInfoService info = flyway.info();
            int pending = info.pending().length;
            result.put(
                    "schemaVersion",
                    info.current() == null
                            ? "none"
                            : info.current().getVersion().toString());
            result.put("pendingMigrations", pending);
            if (pending > 0) {
                failures.add(pending + " pending migration(s)");
            }
            try (Connection c = dataSource.getConnection();
                    Statement s = c.createStatement()) {
                for (Map.Entry<String, String> check : CHECKS.entrySet()) {
                    count(s, check.getKey(), check.getValue(), result, failures);
                }
                for (String[] check : historyChecks(recentTasks(s))) {
                    count(s, check[0], check[1], result, failures);
                }
            }
        } catch (SQLException | RuntimeException e) {
            failures.add("checks could not run: " + e.getMessage());
        }
        result.put(
                "historyCheckedAtStart",
                "the newest " + recentEntries + " entries of each kind and their tasks' histories");
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

    /**
     * Checks the whole history, a range of task ids per query, and answers whether it is consistent;
     * an inconsistency takes readiness down. Runs in the background after a successful start.
     */
    public boolean sweep() {
        long started = System.nanoTime();
        sweep = "running";
        List<String> failures = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            long maxId = sum(s, "SELECT coalesce(max(id), 0) FROM task");
            Map<String, Long> totals = new LinkedHashMap<>();
            for (long from = 0; from <= maxId; from += SWEEP_TASKS_PER_QUERY) {
                String range = "%1$s >= " + from + " AND %1$s < " + (from + SWEEP_TASKS_PER_QUERY);
                long chunkStarted = System.nanoTime();
                for (String[] check : historyChecks(range)) {
                    totals.merge(check[0], sum(s, check[1]), Long::sum);
                }
                // As long a pause as the range took: the sweep takes at most half of one core from requests.
                Thread.sleep(Math.min(5_000, (System.nanoTime() - chunkStarted) / 1_000_000));
            }
            totals.forEach((name, wrong) -> {
                if (wrong != 0) {
                    failures.add(name + ": " + wrong + " (whole history)");
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            sweep = "interrupted";
            return false;
        } catch (SQLException | RuntimeException e) {
            // Could not finish (e.g. the database went away): the start-up checks stand; say so.
            sweep = "not finished: " + e.getMessage();
            LOG.warnf("The history sweep did not finish: %s", e.getMessage());
            return false;
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (failures.isEmpty()) {
            sweepFailure = null;
            sweep = "passed in " + millis + " ms";
            LOG.infof("History sweep passed in %d ms", millis);
            return true;
        }
        sweepFailure = String.join("; ", failures);
        sweep = "FAILED";
        LOG.errorf("History sweep FAILED, readiness goes down: %s", sweepFailure);
        return false;
    }

    private static void count(Statement s, String name, String sql, Map<String, Object> result, List<String> failures)
            throws SQLException {
        long wrong = sum(s, sql);
        result.put(name, wrong);
        if (wrong != 0) {
            failures.add(name + ": " + wrong);
        }
    }

    /** The sum of the query's first column over its rows (a GROUP BY answers a row per finding). */
    private static long sum(Statement s, String sql) throws SQLException {
        long total = 0;
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                total += rs.getLong(1);
            }
        }
        return total;
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
        response.withData("historySweep", sweep);
        String swept = sweepFailure;
        if (swept != null) {
            response.withData("historySweepFailures", swept);
        }
        return response.status(passed && swept == null).build();
    }
}
