package org.pilotboard;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.pilotboard.common.DatabaseBootstrap;

/**
 * Checks the database before Quarkus starts, so that an unreachable PostgreSQL is one clear line
 * saying what to set instead of a stack trace, and a missing database on a reachable server is created.
 */
@QuarkusMain
public class Main {

    public static void main(String... args) {
        Config config = ConfigProvider.getConfig();
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        String user = config.getOptionalValue("quarkus.datasource.username", String.class).orElse(null);
        String password = config.getOptionalValue("quarkus.datasource.password", String.class).orElse(null);
        String problem = DatabaseBootstrap.ensureDatabase(url, user, password);
        if (problem != null) {
            System.err.println(problem);
            System.exit(1);
        }
        Quarkus.run(args);
    }
}
