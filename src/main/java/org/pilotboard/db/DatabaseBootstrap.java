package org.pilotboard.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Makes sure the configured PostgreSQL database is reachable, creating it when only it is missing. */
public final class DatabaseBootstrap {

    private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^/]*)/([A-Za-z0-9_]+)(\\?.*)?");
    private static final String WHAT_TO_SET =
            "Set QUARKUS_DATASOURCE_JDBC_URL, QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD.";

    private DatabaseBootstrap() {}

    /** Answers null when the database is ready, or one line saying what is wrong and what to set. */
    public static String ensureDatabase(String url, String user, String password) {
        try (Connection ignored = connect(url, user, password)) {
            return null;
        } catch (SQLException e) {
            Matcher m = URL.matcher(url);
            if ("3D000".equals(e.getSQLState()) && m.matches()) { // invalid_catalog_name: no such database
                return create(m, user, password);
            }
            return "Pilotboard cannot reach PostgreSQL at " + url + " ("
                    + e.getMessage().lines().findFirst().orElse("") + "). " + WHAT_TO_SET;
        }
    }

    private static String create(Matcher m, String user, String password) {
        String server = "jdbc:postgresql://" + m.group(1) + "/postgres" + (m.group(3) == null ? "" : m.group(3));
        try (Connection c = connect(server, user, password);
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + m.group(2)); // name restricted by the pattern above
            return null;
        } catch (SQLException e) {
            if ("42P04".equals(e.getSQLState())) { // created meanwhile by another process
                return null;
            }
            return "Pilotboard's database " + m.group(2) + " does not exist and cannot be created ("
                    + e.getMessage().lines().findFirst().orElse("") + "). Create it, or " + WHAT_TO_SET;
        }
    }

    private static Connection connect(String url, String user, String password) throws SQLException {
        Properties props = new Properties();
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null && !password.isEmpty()) {
            props.setProperty("password", password);
        }
        props.setProperty("connectTimeout", "5");
        props.setProperty("loginTimeout", "5");
        return DriverManager.getConnection(url, props);
    }
}
