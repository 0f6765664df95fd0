package org.pilotboard.embedded;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * A PostgreSQL server of the app's own, for trying Pilotboard on a machine without one
 * (docs/embedded-database.md). Its folder holds the unpacked binaries, the cluster ({@code data}),
 * the server's log, the port it last listened on and a pgpass file with its generated password.
 *
 * <p>Over 400 lines on purpose: starting, adopting, stopping and describing one server share its folder
 * layout and its failure messages; split, each part would need all of them.
 *
 * <p>zonky's {@code EmbeddedPostgres} builder is not used to run it, only zonky's binaries and their
 * resolver: the builder is made for throw-away test databases. It turns fsync off ({@code -F}), which
 * risks the data that this server keeps across restarts; it cannot adopt or stop a server that a
 * crashed app left running on the same folder (pg_ctl start refuses); and as root it relies on
 * {@code unshare -U}, which keeps the server's processes uid 0 on the host (able to write every file
 * root owns) and fails where user namespaces are disallowed. So the app drives initdb and pg_ctl itself, as an
 * unprivileged user when it runs as root ({@link ServerAccount}).
 */
public final class EmbeddedServer {

    public static final String DATABASE = "pilotboard";
    public static final String USER = "postgres";
    private static final long PG_CTL_SECONDS = 120;

    private final Path folder;
    private final Path data;
    private final Path log;
    private final ServerAccount account;
    private final Path bin;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final String password;
    private final int port;
    private final String version;
    private final String happened;

    private EmbeddedServer(
            Path folder,
            ServerAccount account,
            Path bin,
            FileChannel lockChannel,
            FileLock lock,
            String password,
            int port,
            String version,
            String happened) {
        this.folder = folder;
        this.data = folder.resolve("data");
        this.log = folder.resolve("server.log");
        this.account = account;
        this.bin = bin;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.password = password;
        this.port = port;
        this.version = version;
        this.happened = happened;
    }

    /** The default folder: per user under XDG_DATA_HOME; for root, where system services keep their data. */
    public static Path defaultFolder() {
        if (ServerAccount.isRoot()) {
            return Path.of("/var/lib/pilotboard/postgres"); // root's home is closed to the server's own user
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank()
                ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("pilotboard").resolve("postgres");
    }

    /**
     * Starts the server on the folder (creating the cluster at the first start, stopping a server that a
     * crashed app left running), and stops it again when the JVM exits.
     */
    public static EmbeddedServer start(Path folder, String unprivilegedUser) throws StartFailure {
        folder = folder.toAbsolutePath().normalize();
        FileChannel channel = null;
        try {
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder);
                if (posix()) { // the server's own user must enter it, whatever the umask
                    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
            channel = FileChannel.open(
                    folder.resolve("pilotboard.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) { // released by the OS when its holder dies, so only a live app holds it
                throw new StartFailure("Another Pilotboard is running on the embedded PostgreSQL in " + folder
                        + ": stop it first, or set PILOTBOARD_DATA_DIR to another folder.");
            }
            EmbeddedServer server = startLocked(folder, ServerAccount.forThisProcess(unprivilegedUser), channel, lock);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "pilotboard-embedded-postgres-stop"));
            return server;
        } catch (StartFailure | RuntimeException e) {
            close(channel);
            throw e;
        } catch (IOException e) {
            close(channel);
            throw new StartFailure("Pilotboard cannot set up its embedded PostgreSQL in " + folder + " (" + e
                    + "): set PILOTBOARD_DATA_DIR"
                    + " to a folder it may write, or QUARKUS_DATASOURCE_JDBC_URL to a PostgreSQL server.");
        }
    }

    private static EmbeddedServer startLocked(Path folder, ServerAccount account, FileChannel channel, FileLock lock)
            throws StartFailure, IOException {
        Path bin = PostgresBinaries.unpack(folder);
        ServerAccount.Result v = account.runAs(List.of(exe(bin, "postgres"), "--version"), folder, 30);
        if (v.exit() != 0) {
            throw new StartFailure(
                    "The embedded PostgreSQL cannot run" + as(account) + " from " + folder + " (" + v.lastLine()
                            + "): set PILOTBOARD_DATA_DIR to a folder that user can reach, or QUARKUS_DATASOURCE_JDBC_URL to a PostgreSQL server.");
        }
        String version = v.lastLine().replaceAll("^.*\\) ", ""); // "postgres (PostgreSQL) 15.20"
        Path data = folder.resolve("data");
        Path pgpass = folder.resolve("pgpass");
        List<String> happened = new ArrayList<>();

        if (Files.exists(data.resolve("postmaster.pid"))
                && account.runAs(List.of(exe(bin, "pg_ctl"), "status", "-D", data.toString()), folder, 30)
                                .exit()
                        == 0) {
            // We hold the folder's lock, so no live Pilotboard uses this server: an earlier one died without stopping
            // it.
            String pid =
                    Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip();
            pgCtl(account, bin, folder, "stop", "-D", data.toString(), "-m", "fast");
            happened.add("stopped the server (pid " + pid
                    + ") that an earlier Pilotboard left running when it ended without stopping it");
        }

        String password;
        if (!Files.exists(data.resolve("PG_VERSION"))) {
            password = initdb(account, bin, folder, data, pgpass);
            happened.add("created a new database cluster");
        } else {
            String major = Files.readString(data.resolve("PG_VERSION")).strip();
            if (!version.startsWith(major + ".")) {
                throw new StartFailure(
                        "The embedded database in " + data + " is PostgreSQL " + major + ", this Pilotboard ships "
                                + version
                                + ": set PILOTBOARD_DATA_DIR to a new folder (and restore a pg_dump of the old one there), see docs/embedded-database.md.");
            }
            password = readPassword(pgpass);
        }

        Path portFile = folder.resolve("port");
        int remembered =
                Files.exists(portFile) ? parsePort(Files.readString(portFile).strip()) : 0;
        int port = remembered > 0 && free(remembered) ? remembered : freePort();
        ServerAccount.Result started = startServer(account, bin, folder, data, port);
        if (started.exit() != 0
                && port == remembered) { // the remembered port was taken meanwhile: once more on another
            port = freePort();
            started = startServer(account, bin, folder, data, port);
        }
        if (started.exit() != 0) {
            throw new StartFailure(
                    "The embedded PostgreSQL did not start (" + lastLogLine(folder.resolve("server.log"), started)
                            + "); its log is " + folder.resolve("server.log") + ".");
        }
        Files.writeString(portFile, port + "\n");
        happened.add(0, remembered == 0 ? "first start" : "started again");
        return new EmbeddedServer(
                folder, account, bin, channel, lock, password, port, version, String.join("; ", happened));
    }

    /** Creates the cluster: scram passwords (a generated one, kept in the folder's pgpass file), UTF-8. */
    private static String initdb(ServerAccount account, Path bin, Path folder, Path data, Path pgpass)
            throws StartFailure, IOException {
        PostgresBinaries.delete(data); // what an interrupted first start may have left
        Files.createDirectories(data);
        if (posix()) {
            Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
        }
        account.own(data);
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password =
                Base64.getUrlEncoder().withoutPadding().encodeToString(random); // no ':' or '\' to escape in pgpass
        writePrivately(pgpass, "127.0.0.1:*:*:" + USER + ":" + password + "\n");
        Path pwfile = folder.resolve("initdb-password");
        writePrivately(pwfile, password + "\n");
        account.own(pwfile);
        try {
            List<String> command = new ArrayList<>(List.of(
                    exe(bin, "initdb"),
                    "-D",
                    data.toString(),
                    "-U",
                    USER,
                    "-A",
                    "scram-sha-256",
                    "--pwfile=" + pwfile,
                    "-E",
                    "UTF8"));
            // C.UTF-8 like the Debian server the app is developed on (code point order); plain C where that locale is
            // missing.
            ServerAccount.Result r = account.runAs(withLocale(command, "--locale=C.UTF-8"), folder, PG_CTL_SECONDS);
            if (r.exit() != 0) {
                PostgresBinaries.delete(data);
                Files.createDirectories(data);
                account.own(data);
                r = account.runAs(withLocale(command, "--no-locale"), folder, PG_CTL_SECONDS);
            }
            if (r.exit() != 0) {
                PostgresBinaries.delete(data);
                throw new StartFailure("The embedded PostgreSQL could not create its cluster in " + data + " (initdb: "
                        + r.lastLine() + ").");
            }
        } finally {
            Files.deleteIfExists(pwfile);
        }
        return password;
    }

    private static List<String> withLocale(List<String> command, String locale) {
        List<String> c = new ArrayList<>(command);
        c.add(locale);
        return c;
    }

    private static ServerAccount.Result startServer(ServerAccount account, Path bin, Path folder, Path data, int port)
            throws IOException {
        Path log = folder.resolve("server.log");
        if (!Files.exists(log)) {
            Files.createFile(log);
        }
        account.own(log);
        // Loopback TCP only: no Unix socket in /tmp to collide with another server's on the same port.
        return account.runAs(
                List.of(
                        exe(bin, "pg_ctl"),
                        "start",
                        "-D",
                        data.toString(),
                        "-l",
                        log.toString(),
                        "-w",
                        "-t",
                        Long.toString(PG_CTL_SECONDS),
                        "-o",
                        "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=''"),
                folder,
                PG_CTL_SECONDS + 30);
    }

    private static void pgCtl(ServerAccount account, Path bin, Path folder, String... args) throws StartFailure {
        List<String> command = new ArrayList<>(List.of(exe(bin, "pg_ctl")));
        command.addAll(List.of(args));
        command.addAll(List.of("-w", "-t", Long.toString(PG_CTL_SECONDS)));
        ServerAccount.Result r = account.runAs(command, folder, PG_CTL_SECONDS + 30);
        if (r.exit() != 0) {
            throw new StartFailure(
                    "The embedded PostgreSQL in " + folder + " did not " + args[0] + " (" + r.lastLine() + ").");
        }
    }

    /**
     * Stops the server when the JVM exits. Smart mode refuses new sessions and waits for the app's pool
     * to close its connections (Quarkus's own shutdown hook, running alongside, closes them), so no
     * request in flight has its session cut; fast mode after a bound, should a connection linger.
     */
    void stop() {
        List<String> smart =
                List.of(exe(bin, "pg_ctl"), "stop", "-D", data.toString(), "-m", "smart", "-w", "-t", "20");
        if (account.runAs(smart, folder, 40).exit() != 0) {
            account.runAs(
                    List.of(exe(bin, "pg_ctl"), "stop", "-D", data.toString(), "-m", "fast", "-w", "-t", "60"),
                    folder,
                    90);
        }
        try {
            lock.release();
        } catch (IOException e) {
            // the OS releases it with the process
        }
        close(lockChannel);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    public String password() {
        return password;
    }

    public int port() {
        return port;
    }

    /** The one log line: what happened, where the data is, and how to back it up. */
    public String describe(String why) {
        String runsAs = account.name() == null ? "" : ", server processes as user " + account.name();
        Path pgpass = folder.resolve("pgpass");
        return "Embedded PostgreSQL " + version + " on 127.0.0.1:" + port + " (" + why + "; " + happened + "): data in "
                + data
                + runsAs + ", log " + log + "; back up with: PGPASSFILE=" + pgpass + " pg_dump -h 127.0.0.1 -p " + port
                + " -U " + USER + " "
                + DATABASE;
    }

    private static String readPassword(Path pgpass) throws StartFailure, IOException {
        if (!Files.exists(pgpass)) {
            throw new StartFailure(
                    "The embedded database's password file " + pgpass + " is missing: put it back (a line"
                            + " 127.0.0.1:*:*:postgres:PASSWORD), or set PILOTBOARD_DATA_DIR to a new folder.");
        }
        String line = Files.readAllLines(pgpass).get(0).strip();
        return line.substring(line.lastIndexOf(':') + 1);
    }

    private static void writePrivately(Path file, String text) throws IOException {
        Files.deleteIfExists(file);
        if (posix()) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String lastLogLine(Path log, ServerAccount.Result pgCtl) {
        try {
            List<String> lines = Files.readAllLines(log);
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (lines.get(i).contains("FATAL") || lines.get(i).contains("ERROR")) {
                    return lines.get(i).strip();
                }
            }
        } catch (IOException e) {
            // fall back to pg_ctl's own words
        }
        return pgCtl.lastLine();
    }

    private static int parsePort(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Whether something accepts TCP connections at the address (the default server's probe). */
    public static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String exe(Path bin, String name) {
        return bin.resolve(posix() ? name : name + ".exe").toString();
    }

    private static boolean posix() {
        return !System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows");
    }

    private static String as(ServerAccount account) {
        return account.name() == null ? "" : " as user " + account.name();
    }

    private static void close(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing held any more
            }
        }
    }
}
