package org.pilotboard.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

class DatabaseBootstrapTest {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    @Test
    void anUnreachableServerIsOneLineSayingWhatToSet() throws Exception {
        int freePort;
        try (ServerSocket socket = new ServerSocket(0)) {
            freePort = socket.getLocalPort();
        }
        String problem = DatabaseBootstrap.ensureDatabase(
                "jdbc:postgresql://127.0.0.1:" + freePort + "/pilotboard", "postgres", null);
        assertTrue(problem.contains("cannot reach PostgreSQL"), problem);
        assertTrue(problem.contains("QUARKUS_DATASOURCE_JDBC_URL"), problem);
        assertEquals(1, problem.lines().count());
    }

    @Test
    void aMissingDatabaseOnAReachableServerIsCreated() throws Exception {
        String name = "pilotboard_bootstrap_" + ProcessHandle.current().pid();
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", null)) {
            c.createStatement().execute("DROP DATABASE IF EXISTS " + name);
        }
        assertNull(DatabaseBootstrap.ensureDatabase(SERVER + name, "postgres", null));
        assertNull(DatabaseBootstrap.ensureDatabase(SERVER + name, "postgres", null), "a second call finds it");
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", "postgres", null);
                ResultSet rs = c.createStatement()
                        .executeQuery("SELECT count(*) FROM pg_database WHERE datname = '" + name + "'")) {
            rs.next();
            assertEquals(1, rs.getInt(1));
            c.createStatement().execute("DROP DATABASE " + name);
        }
    }
}
