package io.ledgerline.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Data directories for tests that start the embedded servers. They live under the system temp
 * directory, which uid 65534 can reach wherever the clone is (the servers drop to it when tests run as
 * root), and are left for post-mortems; directories of runs older than a day are pruned.
 */
public final class TestDataDirs {

    private static final Path ROOT = Path.of(System.getProperty("java.io.tmpdir"), "ledgerline-test-data");

    /** Server distributions, unpacked once per machine and shared by every test run. */
    public static final Path INSTALL_DIR = Path.of(System.getProperty("java.io.tmpdir"), "ledgerline-test-servers");

    private TestDataDirs() {
    }

    public static Path create(String purpose) {
        try {
            Files.createDirectories(ROOT, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
            pruneOlderThan(Duration.ofDays(1));
            Path dir = Files.createTempDirectory(ROOT, purpose + "-");
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pruneOlderThan(Duration age) throws IOException {
        FileTime cutoff = FileTime.from(Instant.now().minus(age));
        try (Stream<Path> dirs = Files.list(ROOT)) {
            for (Path dir : dirs.toList()) {
                if (Files.getLastModifiedTime(dir).compareTo(cutoff) < 0) {
                    deleteRecursively(dir);
                }
            }
        }
    }

    public static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
