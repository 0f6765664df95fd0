package org.pilotboard.embedded;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL server binaries shipped in the jar (zonky's archive for this platform), unpacked once
 * into a folder named by the archive's digest: a new Pilotboard build with other binaries unpacks
 * beside the old ones and removes them; an interrupted unpacking is never taken for a finished one.
 */
final class PostgresBinaries {

    private static final String PREFIX = "postgres-";
    private static final String COMPLETE = ".complete";

    private PostgresBinaries() {}

    /** The bin folder of the unpacked binaries under the folder, unpacking them first when needed. */
    static Path unpack(Path folder) throws StartFailure, IOException {
        byte[] archive = archive();
        Path target = folder.resolve(PREFIX + digest(archive));
        if (!Files.exists(target.resolve(COMPLETE))) {
            Path partial = Files.createTempDirectory(folder, PREFIX + "unpacking-");
            try {
                untar(archive, partial);
                readableByAll(partial);
                Files.createFile(partial.resolve(COMPLETE));
                delete(target); // a folder without the marker is left over from an interrupted start
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                delete(partial);
            }
        }
        removeOthers(folder, target);
        return target.resolve("bin");
    }

    private static byte[] archive() throws StartFailure, IOException {
        String os = System.getProperty("os.name");
        String system = os.startsWith("Windows")
                ? "Windows"
                : os.startsWith("Mac") ? "Darwin" : os.startsWith("Linux") ? "Linux" : os;
        String arch = System.getProperty("os.arch");
        try (InputStream in =
                DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, "amd64".equals(arch) ? "x86_64" : arch)) {
            return in.readAllBytes();
        } catch (IllegalStateException e) {
            throw new StartFailure(
                    "This build of Pilotboard has no embedded PostgreSQL for " + system + " " + arch
                            + " (see docs/embedded-database.md to add it); set QUARKUS_DATASOURCE_JDBC_URL to a PostgreSQL server.");
        }
    }

    private static String digest(byte[] archive) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(archive))
                    .substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void untar(byte[] archive, Path into) throws IOException {
        boolean posix = !System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows");
        try (TarArchiveInputStream tar =
                new TarArchiveInputStream(new XZInputStream(new ByteArrayInputStream(archive)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = inside(into, entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                    readableByAll(path);
                    continue;
                }
                Files.createDirectories(path.getParent());
                if (entry.isSymbolicLink()) {
                    Files.createSymbolicLink(path, Paths.get(entry.getLinkName()));
                } else if (entry.isLink()) {
                    Files.createLink(path, inside(into, entry.getLinkName()));
                } else {
                    Files.copy(tar, path);
                    if (posix) {
                        Files.setPosixFilePermissions(path, permissions(entry.getMode()));
                    }
                }
            }
        }
    }

    /** The entry's path under the folder; an archive entry pointing outside it is refused. */
    private static Path inside(Path into, String name) throws IOException {
        Path path = into.resolve(name).normalize();
        if (!path.startsWith(into)) {
            throw new IOException("archive entry outside its folder: " + name);
        }
        return path;
    }

    /** Folders the server's own user (not the app's, when that is root) may enter, whatever the umask. */
    private static void readableByAll(Path dir) throws IOException {
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = {
            PosixFilePermission.OTHERS_EXECUTE,
            PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_READ,
            PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_READ,
            PosixFilePermission.OWNER_EXECUTE,
            PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.OWNER_READ
        };
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (1 << i)) != 0) {
                set.add(bits[i]);
            }
        }
        set.add(PosixFilePermission.OWNER_READ);
        return set;
    }

    /** Binaries of earlier builds and unpackings that never finished. */
    private static void removeOthers(Path folder, Path keep) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, PREFIX + "*")) {
            for (Path other : entries) {
                if (!other.equals(keep)) {
                    delete(other);
                }
            }
        }
    }

    static void delete(Path path) throws IOException {
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
