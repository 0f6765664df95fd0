package org.pilotboard;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.pilotboard.db.DatabaseBootstrap;

/** Creates the tests' own PostgreSQL database before Quarkus starts, when it does not exist yet. */
@QuarkusTestResource(TestDatabase.class)
public class TestDatabase implements QuarkusTestResourceLifecycleManager {

    /** The tests' database URL (PILOTBOARD_TEST_DB_URL, or pilotboard_test on this machine). */
    public static String url() {
        return System.getenv()
                .getOrDefault("PILOTBOARD_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/pilotboard_test");
    }

    /** The URL of a database of a test's own: the tests' database name with a suffix, same server and options. */
    public static String url(String suffix) {
        String base = url();
        int q = base.indexOf('?');
        return q < 0 ? base + suffix : base.substring(0, q) + suffix + base.substring(q);
    }

    @Override
    public Map<String, String> start() {
        String url = url();
        String user = ConfigProvider.getConfig()
                .getOptionalValue("quarkus.datasource.username", String.class)
                .orElse("postgres");
        String problem = DatabaseBootstrap.ensureDatabase(url, user, null);
        if (problem != null) {
            throw new IllegalStateException(problem);
        }
        return Map.of();
    }

    @Override
    public void stop() {
        // The database stays; Flyway cleans it at the next start.
    }
}
