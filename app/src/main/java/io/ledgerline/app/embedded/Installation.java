package io.ledgerline.app.embedded;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tukaani.xz.XZInputStream;

/**
 * Unpacks a server distribution once into an installation directory. Unpacking goes to a temporary
 * sibling that is renamed into place when complete, so a run interrupted half-way never leaves a
 * half-installed server behind, and two JVMs installing at once both end up with a whole one.
 */
final class Installation {

    private static final Logger log = LoggerFactory.getLogger(Installation.class);

    private Installation() {
    }

    /** A zip archive (Elasticsearch), keeping the executable bits stored in its central directory. */
    static Path fromZip(Path zip, Path target, String stripPrefix) {
        return install(target, dir -> {
            try (ZipFile archive = ZipFile.builder().setPath(zip).get()) {
                for (ZipArchiveEntry entry : java.util.Collections.list(archive.getEntries())) {
                    try (InputStream in = archive.getInputStream(entry)) {
                        write(entry, in, dir, stripPrefix, entry.getUnixMode());
                    }
                }
            }
        }, zip.getFileName().toString());
    }

    /** A tar.xz archive on the class path (the PostgreSQL binaries). */
    static Path fromClasspathTarXz(String resource, Path target) {
        return install(target, dir -> {
            InputStream resourceStream = Installation.class.getClassLoader().getResourceAsStream(resource);
            if (resourceStream == null) {
                throw new IllegalStateException(resource + " is not on the class path");
            }
            try (TarArchiveInputStream archive = new TarArchiveInputStream(
                    new XZInputStream(new BufferedInputStream(resourceStream)))) {
                unpackTar(archive, dir);
            }
        }, resource);
    }

    private interface Unpacker {
        void into(Path dir) throws IOException;
    }

    private static Path install(Path target, Unpacker unpacker, String what) {
        if (Files.isDirectory(target)) {
            return target;
        }
        try {
            Files.createDirectories(target.getParent());
            Path staging = Files.createTempDirectory(target.getParent(), target.getFileName() + ".partial-");
            log.info("Installing {} into {} (first run only)", what, target);
            unpacker.into(staging);
            openDirectories(staging);
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException raced) {
                if (!Files.isDirectory(target)) {
                    throw raced;
                }
                deleteRecursively(staging); // another JVM finished first
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot install " + what + " into " + target, e);
        }
    }

    private static void unpackTar(TarArchiveInputStream archive, Path dir) throws IOException {
        TarArchiveEntry entry;
        while ((entry = archive.getNextEntry()) != null) {
            if (entry.isSymbolicLink()) {
                Path link = dir.resolve(entry.getName()).normalize();
                Files.createDirectories(link.getParent());
                Files.createSymbolicLink(link, Path.of(entry.getLinkName()));
            } else {
                write(entry, archive, dir, "", entry.getMode());
            }
        }
    }

    private static void write(ArchiveEntry entry, InputStream content, Path dir, String stripPrefix, int mode)
            throws IOException {
        String name = entry.getName();
        if (!name.startsWith(stripPrefix)) {
            return;
        }
        Path path = dir.resolve(name.substring(stripPrefix.length())).normalize();
        if (!path.startsWith(dir)) {
            throw new IOException("archive entry escapes its directory: " + name);
        }
        if (entry.isDirectory()) {
            Files.createDirectories(path);
            return;
        }
        Files.createDirectories(path.getParent());
        Files.copy(content, path, StandardCopyOption.REPLACE_EXISTING);
        Set<PosixFilePermission> permissions = EnumSet.of(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
        if ((mode & 0100) != 0) {
            permissions.addAll(Set.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                    PosixFilePermission.OTHERS_EXECUTE));
        }
        Files.setPosixFilePermissions(path, permissions);
    }

    /** Directories readable and traversable by all, so a server running as another user can use them. */
    private static void openDirectories(Path dir) throws IOException {
        Set<PosixFilePermission> open = java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x");
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.filter(Files::isDirectory).toList()) {
                Files.setPosixFilePermissions(path, open);
            }
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
