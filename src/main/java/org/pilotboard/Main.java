package org.pilotboard;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.ConfigValue;
import org.jboss.logging.Logger;
import org.pilotboard.account.SetPasswordCommand;
import org.pilotboard.db.DatabaseBootstrap;
import org.pilotboard.embedded.EmbeddedMode;
import org.pilotboard.embedded.EmbeddedServer;
import org.pilotboard.embedded.StartFailure;

/**
 * Settles the database before Quarkus starts: starts the embedded PostgreSQL when nothing else can
 * serve (docs/embedded-database.md) and points the datasource at it, through system properties, which
 * outrank every other source of the runtime configuration that Agroal, Flyway and Hibernate read when
 * Quarkus.run starts them. Then checks the database, so that an unreachable PostgreSQL is one clear
 * line saying what to set instead of a stack trace, and a missing database on a reachable server is created.
 */
@QuarkusMain
public class Main {

    private static final String URL = "quarkus.datasource.jdbc.url";
    private static final String USERNAME = "quarkus.datasource.username";
    private static final String PASSWORD = "quarkus.datasource.password";
    /** The ordinal of the application.properties in the jar: a URL from any source above it was configured. */
    private static final int APP_PROPERTIES_ORDINAL = 250;

    private static final Pattern HOST_PORT = Pattern.compile("jdbc:postgresql://([^/:?]+)(?::(\\d+))?/.*");

    public static void main(String... args) {
        Config config = ConfigProvider.getConfig();
        String url = config.getValue(URL, String.class);
        String user = config.getOptionalValue(USERNAME, String.class).orElse(null);
        String password = config.getOptionalValue(PASSWORD, String.class).orElse(null);
        try {
            EmbeddedMode mode = EmbeddedMode.parse(config.getOptionalValue("pilotboard.embedded-db", String.class)
                    .orElse("auto"));
            ConfigValue configured = config.getConfigValue(URL);
            boolean urlConfigured = configured.getSourceOrdinal() > APP_PROPERTIES_ORDINAL;
            if (mode.useEmbedded(urlConfigured, () -> answers(configured.getValue()))) {
                Path folder = config.getOptionalValue("pilotboard.data-dir", String.class)
                        .map(Path::of)
                        .orElseGet(EmbeddedServer::defaultFolder);
                EmbeddedServer server = EmbeddedServer.start(
                        folder,
                        config.getOptionalValue("pilotboard.embedded-db-user", String.class)
                                .orElse("pilotboard"));
                url = server.jdbcUrl();
                user = EmbeddedServer.USER;
                password = server.password();
                System.setProperty(URL, url);
                System.setProperty(USERNAME, user);
                System.setProperty(PASSWORD, password);
                String why = mode == EmbeddedMode.ALWAYS
                        ? "PILOTBOARD_EMBEDDED_DB=always"
                                + (urlConfigured ? ", the configured " + configured.getValue() + " unused" : "")
                        : "no QUARKUS_DATASOURCE_JDBC_URL set and nothing answers at " + configured.getValue();
                Logger.getLogger(Main.class).info(server.describe(why));
            } else if (mode == EmbeddedMode.AUTO && !urlConfigured) {
                Logger.getLogger(Main.class)
                        .infof(
                                "PostgreSQL at %s (the default; it answered, so the embedded server is not started)",
                                url);
            }
        } catch (StartFailure e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
        String problem = DatabaseBootstrap.ensureDatabase(url, user, password);
        if (problem != null) {
            System.err.println(problem);
            System.exit(1);
        }
        if (args.length > 0 && SetPasswordCommand.NAME.equals(args[0])) {
            // A one-off run beside a running server: its own free port, no scheduled jobs, no demo data load.
            System.setProperty("quarkus.http.port", "0");
            System.setProperty("quarkus.scheduler.enabled", "false");
            System.setProperty("pilotboard.demo-data", "false");
            Quarkus.run(SetPasswordCommand.class, args);
            return;
        }
        Quarkus.run(args);
    }

    /** Whether something accepts connections at the URL's host and port (an unparsable URL: assume so, and let the check speak). */
    private static boolean answers(String url) {
        Matcher m = HOST_PORT.matcher(url);
        if (!m.matches()) {
            return true;
        }
        return EmbeddedServer.answers(m.group(1), m.group(2) == null ? 5432 : Integer.parseInt(m.group(2)));
    }
}
