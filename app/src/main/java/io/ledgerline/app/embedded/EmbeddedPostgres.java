package io.ledgerline.app.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL 17 server for the embedded default, from the zonky binaries on the class path.
 *
 * <p>The cluster lives in {@code <data-dir>/postgres} and survives restarts; it is created on first
 * start with a random superuser password kept in {@code <data-dir>/postgres.password} (readable by the
 * owner only). The server listens on 127.0.0.1 only, on a free port chosen at each start, and runs in
 * the foreground as a {@link GuardedProcess}: it stops with the app, and dies with the JVM.
 */
public final class EmbeddedPostgres implements AutoCloseable {

    public static final String DATABASE = "ledgerline";
    public static final String USER = "postgres";
    static final String VERSION = "17.5.0";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(90);

    private final Path dataDir;
    private final int port;
    private final String password;
    private final GuardedProcess process;

    private EmbeddedPostgres(Path dataDir, int port, String password, GuardedProcess process) {
        this.dataDir = dataDir;
        this.port = port;
        this.password = password;
        this.process = process;
    }

    /** Installs the binaries if needed, creates the cluster on first run, starts it and waits until it accepts connections. */
    public static EmbeddedPostgres start(Path ledgerlineDataDir, Path installDir) {
        ServerUser user = ServerUser.forThisJvm();
        Path home = Installation.fromClasspathTarXz("postgres-linux-x86_64.txz", installDir.resolve("postgresql-" + VERSION));
        Path dataDir = ledgerlineDataDir.resolve("postgres");
        Path logFile = ledgerlineDataDir.resolve("logs").resolve("postgres.log");
        try {
            Files.createDirectories(logFile.getParent());
            String password = initialiseIfNeeded(home, dataDir, ledgerlineDataDir, user, logFile);
            int port = freePort();
            GuardedProcess process = GuardedProcess.start("postgres",
                    List.of(home.resolve("bin/postgres").toString(), "-D", dataDir.toString(), "-p", Integer.toString(port),
                            "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=",
                            "-c", "max_connections=200", "-c", "shared_buffers=256MB"),
                    user, dataDir, Map.of(), logFile, "INT");
            EmbeddedPostgres postgres = new EmbeddedPostgres(dataDir, port, password, process);
            postgres.awaitReady();
            postgres.createDatabaseIfMissing();
            log.info("Embedded PostgreSQL {} is up on 127.0.0.1:{} (pid {}), data in {}", VERSION, port, process.pid(), dataDir);
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    public String password() {
        return password;
    }

    public Path dataDir() {
        return dataDir;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    @Override
    public void close() {
        log.info("Stopping the embedded PostgreSQL (pid {})", process.pid());
        process.stop(Duration.ofSeconds(60));
    }

    private static String initialiseIfNeeded(Path home, Path dataDir, Path ledgerlineDataDir, ServerUser user,
                                             Path logFile) throws IOException {
        Path passwordFile = ledgerlineDataDir.resolve("postgres.password");
        if (Files.exists(dataDir.resolve("PG_VERSION"))) {
            user.own(dataDir); // a restored or copied cluster must belong to the server user again
            return Files.readString(passwordFile).strip();
        }
        Files.createDirectories(dataDir);
        user.own(dataDir);
        user.requireWritable(dataDir);
        String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(24));
        Files.writeString(passwordFile, password);
        Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-------"));
        // initdb reads the password from a file the server user can read; it is removed right after.
        Path pwFile = dataDir.resolveSibling(".initdb-password");
        Files.writeString(pwFile, password);
        user.own(pwFile);
        try {
            log.info("Creating the PostgreSQL cluster in {} (first run only)", dataDir);
            GuardedProcess initdb = GuardedProcess.start("initdb",
                    List.of(home.resolve("bin/initdb").toString(), "-D", dataDir.toString(), "-U", USER,
                            "--auth=scram-sha-256", "--pwfile=" + pwFile, "-E", "UTF-8", "--locale=C"),
                    user, dataDir, Map.of(), logFile, "TERM");
            if (initdb.awaitExit(Duration.ofMinutes(3)) != 0) {
                throw new IllegalStateException("initdb failed; see " + logFile);
            }
        } finally {
            Files.deleteIfExists(pwFile);
        }
        return password;
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
        SQLException last = null;
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the embedded PostgreSQL exited during startup; see its log in "
                        + dataDir.resolveSibling("logs"));
            }
            try (Connection ignored = connect("postgres")) {
                return;
            } catch (SQLException e) {
                last = e;
                sleep(Duration.ofMillis(200));
            }
        }
        process.stop(Duration.ofSeconds(10));
        throw new IllegalStateException("the embedded PostgreSQL did not accept connections within " + STARTUP_TIMEOUT, last);
    }

    private void createDatabaseIfMissing() {
        try (Connection connection = connect("postgres");
             var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            if (!exists.executeQuery().next()) {
                try (var create = connection.createStatement()) {
                    create.execute("create database " + DATABASE);
                }
                log.info("Created database '{}'", DATABASE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the database " + DATABASE, e);
        }
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, USER, password);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for PostgreSQL", e);
        }
    }
}
