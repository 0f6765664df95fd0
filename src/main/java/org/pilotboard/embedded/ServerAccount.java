package org.pilotboard.embedded;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Who runs the embedded server's processes. PostgreSQL refuses to run as root, and an app started as
 * root (as on these machines and in many containers) gets an unprivileged system user for them: a
 * dedicated one ({@code pilotboard}, created when missing) rather than {@code nobody}, which other
 * daemons share and which should own no files. Its commands run through util-linux's setpriv (or
 * runuser), and the folders it writes are handed to it.
 */
final class ServerAccount {

    /** A command's exit code and its output (stdout and stderr together). */
    record Result(int exit, String output) {
        String lastLine() {
            List<String> lines = output.strip().lines().toList();
            return lines.isEmpty() ? "no output" : lines.get(lines.size() - 1).strip();
        }
    }

    private final String name;
    private final List<String> prefix;

    private ServerAccount(String name, List<String> prefix) {
        this.name = name;
        this.prefix = prefix;
    }

    /** The account the server runs as: this process's own, unless that is root. */
    static ServerAccount forThisProcess(String unprivilegedUser) throws StartFailure {
        if (!isRoot()) {
            return new ServerAccount(null, List.of());
        }
        String problem =
                "Pilotboard runs as root, which PostgreSQL refuses; its embedded server runs as the system user '"
                        + unprivilegedUser + "', ";
        if (run(List.of("id", "-u", unprivilegedUser), null, 10).exit() != 0) {
            Result created = run(
                    List.of(
                            "useradd",
                            "--system",
                            "--user-group",
                            "--no-create-home",
                            "--home-dir",
                            "/nonexistent",
                            "--shell",
                            "/usr/sbin/nologin",
                            "--comment",
                            "Pilotboard embedded PostgreSQL",
                            unprivilegedUser),
                    null,
                    60);
            if (created.exit() != 0
                    && run(List.of("id", "-u", unprivilegedUser), null, 10).exit() != 0) {
                throw new StartFailure(
                        problem + "which is missing and could not be created (" + created.lastLine()
                                + "): create it, set PILOTBOARD_EMBEDDED_DB_USER to an unprivileged user, or run Pilotboard as an ordinary user.");
            }
        }
        String uid =
                run(List.of("id", "-u", unprivilegedUser), null, 10).output().strip();
        String gid =
                run(List.of("id", "-g", unprivilegedUser), null, 10).output().strip();
        if ("0".equals(uid)) {
            throw new StartFailure(
                    problem + "which is root too: set PILOTBOARD_EMBEDDED_DB_USER to an unprivileged user.");
        }
        if (onPath("setpriv")) {
            return new ServerAccount(
                    unprivilegedUser, List.of("setpriv", "--reuid=" + uid, "--regid=" + gid, "--clear-groups", "--"));
        }
        if (onPath("runuser")) {
            return new ServerAccount(unprivilegedUser, List.of("runuser", "-u", unprivilegedUser, "--"));
        }
        throw new StartFailure(problem
                + "but neither setpriv nor runuser (util-linux) is installed to switch to it: install util-linux,"
                + " or run Pilotboard as an ordinary user.");
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** The user's name when it is not this process's own, else null. */
    String name() {
        return name;
    }

    /** Hands a file or folder to the account (nothing to do when it is this process's own). */
    void own(Path path) throws IOException {
        if (name == null) {
            return;
        }
        UserPrincipalLookupService users = path.getFileSystem().getUserPrincipalLookupService();
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
        view.setOwner(users.lookupPrincipalByName(name));
        view.setGroup(users.lookupPrincipalByGroupName(
                run(List.of("id", "-gn", name), null, 10).output().strip()));
    }

    /** Runs one of the server's commands as the account, in the folder, within the time. */
    Result runAs(List<String> command, Path dir, long timeoutSeconds) {
        List<String> full = new ArrayList<>(prefix);
        full.addAll(command);
        return run(full, dir, timeoutSeconds);
    }

    static Result run(List<String> command, Path dir, long timeoutSeconds) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectInput(
                            ProcessBuilder.Redirect.from(new File(File.separatorChar == '/' ? "/dev/null" : "NUL")));
            if (dir != null) {
                builder.directory(dir.toFile()); // not the app's own, which the account may not be allowed to enter
            }
            Process process = builder.start();
            // pg_ctl start leaves the server running with its output in the log file, so this ends with pg_ctl.
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, String.join(" ", command) + " did not finish within " + timeoutSeconds + " s");
            }
            return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Result(-1, String.join(" ", command) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted");
        }
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        for (String dir : (path == null ? "/usr/sbin:/usr/bin:/sbin:/bin" : path + ":/usr/sbin:/usr/bin:/sbin:/bin")
                .split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
