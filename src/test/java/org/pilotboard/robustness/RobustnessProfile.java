package org.pilotboard.robustness;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;
import org.pilotboard.db.DatabaseBootstrap;

/**
 * The robustness tests get a database of their own (the tests' database name + "_robustness"):
 * the fuzzer's accepted writes (catalogue corrections, new users, revoked tokens) must not reach
 * the other tests' data.
 */
public class RobustnessProfile implements QuarkusTestProfile {

    static String url() {
        return org.pilotboard.TestDatabase.url("_robustness");
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.datasource.jdbc.url", url());
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(Database.class));
    }

    /** Creates the database before Quarkus starts, when it does not exist yet. */
    public static class Database implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            String problem = DatabaseBootstrap.ensureDatabase(url(), "postgres", null);
            if (problem != null) {
                throw new IllegalStateException(problem);
            }
            return Map.of();
        }

        @Override
        public void stop() {
            // Flyway cleans it at the next start.
        }
    }
}
