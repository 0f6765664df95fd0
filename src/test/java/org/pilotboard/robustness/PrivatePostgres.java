package org.pilotboard.robustness;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of the suite's own, in a temporary directory on its own port, so that it can be
 * stopped, started and killed without touching any other server. Created with initdb (as the
 * postgres OS user when running as root, since initdb refuses root), trust authentication on
 * 127.0.0.1 only, and removed at the end.
 */
public final class PrivatePostgres implements AutoCloseable {

    private final Path dir;
    private final Path data;
    private final int port;
    private final String bin;
    private final boolean asPostgresUser;

    public PrivatePostgres(int port) throws Exception {
        this.port = port;
        this.bin = findBin();
        this.asPostgresUser = "root".equals(System.getProperty("user.name"));
        this.dir = Files.createTempDirectory("pilotboard-robustness-pg-");
        this.data = dir.resolve("data");
        if (asPostgresUser) {
            run(List.of("chown", "postgres", dir.toString()), false);
        }
        run(
                List.of(
                        bin + "/initdb",
                        "-D",
                        data.toString(),
                        "-A",
                        "trust",
                        "-U",
                        "postgres",
                        "-E",
                        "UTF8",
                        "--no-locale"),
                true);
    }

    private static String findBin() {
        String env = System.getenv("PG_BIN");
        if (env != null) {
            return env;
        }
        File root = new File("/usr/lib/postgresql");
        File[] versions = root.listFiles();
        if (versions == null || versions.length == 0) {
            throw new IllegalStateException(
                    "No PostgreSQL server binaries under /usr/lib/postgresql; set PG_BIN to the folder holding initdb and pg_ctl");
        }
        return Arrays.stream(versions)
                        .max(Comparator.comparingInt(
                                f -> Integer.parseInt(f.getName().replaceAll("\\D", "0"))))
                        .orElseThrow()
                        .getPath()
                + "/bin";
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    public void start() throws Exception {
        run(
                List.of(
                        bin + "/pg_ctl",
                        "-D",
                        data.toString(),
                        "-l",
                        dir.resolve("server.log").toString(),
                        "-w",
                        "-t",
                        "60",
                        "-o",
                        "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c max_connections=200",
                        "start"),
                true);
    }

    /** Stops the server: fast (sessions ended cleanly) or immediate (as after a crash). */
    public void stop(String mode) throws Exception {
        run(List.of(bin + "/pg_ctl", "-D", data.toString(), "-m", mode, "-w", "-t", "60", "stop"), true);
    }

    public boolean accepting() {
        try {
            return run(List.of(bin + "/pg_isready", "-h", "127.0.0.1", "-p", Integer.toString(port), "-q"), false) == 0;
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            if (Files.exists(data.resolve("postmaster.pid"))) {
                stop("immediate");
            }
        } catch (Exception e) {
            System.err.println("could not stop the private PostgreSQL: " + e.getMessage());
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not remove " + dir + ": " + e.getMessage());
        }
    }

    private int run(List<String> command, boolean mustSucceed) throws Exception {
        List<String> full = new ArrayList<>();
        if (asPostgresUser && command.get(0).startsWith(bin)) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(String.join(" ", full) + " did not finish");
        }
        if (mustSucceed && p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", full) + " failed (" + p.exitValue() + "): " + out);
        }
        return p.exitValue();
    }
}
