package org.pilotboard.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pilotboard.Api.json;

import io.quarkus.test.junit.QuarkusTest;
import java.io.File;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.pilotboard.Api;

/** The backup procedure of the README: pg_dump, then pg_restore into an empty database, finds every task and update. */
@QuarkusTest
class BackupRestoreTest {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    /** The tests' own database, as configured (PILOTBOARD_TEST_DB_URL may move it). */
    private static final String SOURCE = ConfigProvider.getConfig()
            .getValue("quarkus.datasource.jdbc.url", String.class)
            .replaceAll(".*/([^/?]+)(\\?.*)?$", "$1");

    private static final String TARGET = "pilotboard_restore_test";

    @Test
    void aDumpRestoresEveryTaskAndUpdate() throws Exception {
        long task = Api.newTask(Api.newRegion());
        json().body(Map.of("status", "in_progress", "progress", 35, "comment", "备份前的更新"))
                .post("/api/v1/tasks/" + task + "/updates")
                .then()
                .statusCode(201);

        File dump = File.createTempFile("pilotboard", ".dump");
        dump.deleteOnExit();
        run(List.of("pg_dump", "-h", "127.0.0.1", "-U", "postgres", "-Fc", "-f", dump.getPath(), SOURCE));
        assertTrue(Files.size(dump.toPath()) > 0);
        sql("postgres", "DROP DATABASE IF EXISTS " + TARGET);
        sql("postgres", "CREATE DATABASE " + TARGET);
        run(List.of("pg_restore", "-h", "127.0.0.1", "-U", "postgres", "--no-owner", "-d", TARGET, dump.getPath()));

        for (String table :
                List.of("task", "status_update", "task_revision", "region", "measure", "account", "audit_event")) {
            assertEquals(count(SOURCE, table), count(TARGET, table), table + " rows after restore");
        }
        assertEquals("备份前的更新", text(TARGET, "SELECT comment FROM status_update WHERE task_id = " + task));
        sql("postgres", "DROP DATABASE " + TARGET);
    }

    private static void run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), command.get(0) + " finished");
        assertEquals(0, process.exitValue(), command.get(0) + ": " + output);
    }

    private static void sql(String db, String statement) throws Exception {
        try (Connection c = DriverManager.getConnection(SERVER + db, "postgres", null)) {
            c.createStatement().execute(statement);
        }
    }

    private static long count(String db, String table) throws Exception {
        return Long.parseLong(text(db, "SELECT count(*) FROM " + table));
    }

    private static String text(String db, String query) throws Exception {
        try (Connection c = DriverManager.getConnection(SERVER + db, "postgres", null);
                ResultSet rs = c.createStatement().executeQuery(query)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
