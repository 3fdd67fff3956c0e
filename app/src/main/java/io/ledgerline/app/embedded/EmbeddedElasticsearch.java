package io.ledgerline.app.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Elasticsearch 9 server for the embedded default: the integ-test-zip distribution, unpacked on
 * first run, with a writable configuration, data and logs under {@code <data-dir>/elasticsearch}.
 *
 * <p>It binds to 127.0.0.1 on a port the server picks ({@code http.port: 0}) and reports through its
 * ports file, runs single-node without security (loopback only), and runs as a {@link GuardedProcess}.
 * The distribution's launcher starts the server JVM as its own child and stops it when it is signalled
 * or when its own stdin closes, so the whole tree goes with the app.
 */
public final class EmbeddedElasticsearch implements AutoCloseable {

    static final String VERSION = "9.5.2";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedElasticsearch.class);
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(3);

    private final Path home;
    private final GuardedProcess process;
    private final URI uri;

    private EmbeddedElasticsearch(Path home, GuardedProcess process, URI uri) {
        this.home = home;
        this.process = process;
        this.uri = uri;
    }

    /**
     * Installs the distribution from {@code distributionZip} if needed, starts the server with {@code heap}
     * (e.g. {@code 512m}) and waits until the cluster is at least yellow.
     */
    public static EmbeddedElasticsearch start(Path ledgerlineDataDir, Path installDir, Path distributionZip, String heap) {
        ServerUser user = ServerUser.forThisJvm();
        Path dist = Installation.fromZip(distributionZip, installDir.resolve("elasticsearch-" + VERSION),
                "elasticsearch-" + VERSION + "/");
        Path home = ledgerlineDataDir.resolve("elasticsearch");
        Path config = home.resolve("config");
        Path logs = home.resolve("logs");
        Path logFile = ledgerlineDataDir.resolve("logs").resolve("elasticsearch.log");
        try {
            Files.createDirectories(logFile.getParent());
            prepareHome(dist, home, config, logs);
            user.own(home);
            user.requireWritable(home.resolve("data"));
            Path portsFile = logs.resolve("http.ports");
            Files.deleteIfExists(portsFile);
            GuardedProcess process = GuardedProcess.start("elasticsearch",
                    List.of(dist.resolve("bin/elasticsearch").toString()),
                    user, home,
                    Map.of("ES_JAVA_HOME", System.getProperty("java.home"),
                            "ES_PATH_CONF", config.toString(),
                            "ES_TMPDIR", home.resolve("tmp").toString(),
                            "ES_JAVA_OPTS", "-Xms" + heap + " -Xmx" + heap),
                    logFile, "TERM");
            URI uri = awaitPortsFile(process, portsFile, logFile);
            EmbeddedElasticsearch elasticsearch = new EmbeddedElasticsearch(home, process, uri);
            elasticsearch.awaitHealthy(logFile);
            log.info("Embedded Elasticsearch {} is up at {} (pid {}), data in {}", VERSION, uri, process.pid(), home.resolve("data"));
            return elasticsearch;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded Elasticsearch in " + home, e);
        }
    }

    public URI uri() {
        return uri;
    }

    public Path home() {
        return home;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    @Override
    public void close() {
        log.info("Stopping the embedded Elasticsearch (pid {})", process.pid());
        process.stop(Duration.ofSeconds(60));
    }

    /** A writable copy of the distribution's config, with our settings; data, logs and tmp beside it. */
    private static void prepareHome(Path dist, Path home, Path config, Path logs) throws IOException {
        for (Path dir : List.of(home.resolve("data"), logs, home.resolve("tmp"))) {
            Files.createDirectories(dir);
        }
        if (!Files.isDirectory(config)) {
            Files.createDirectories(config);
            try (Stream<Path> files = Files.walk(dist.resolve("config"))) {
                for (Path source : files.toList()) {
                    Path target = config.resolve(dist.resolve("config").relativize(source).toString());
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
        Files.writeString(config.resolve("elasticsearch.yml"), """
                # Written by Ledgerline at every start of the embedded server; edits here are overwritten.
                cluster.name: ledgerline-embedded
                node.name: ledgerline-embedded
                path.data: %s
                path.logs: %s
                network.host: 127.0.0.1
                http.port: 0
                transport.port: 0
                node.portsfile: true
                discovery.type: single-node
                xpack.security.enabled: false
                action.destructive_requires_name: true
                cluster.routing.allocation.disk.threshold_enabled: false
                """.formatted(home.resolve("data"), logs));
    }

    private static URI awaitPortsFile(GuardedProcess process, Path portsFile, Path logFile) throws IOException {
        Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the embedded Elasticsearch exited during startup; see " + logFile);
            }
            if (Files.exists(portsFile)) {
                String address = Files.readAllLines(portsFile).getFirst().strip();
                return URI.create("http://" + address);
            }
            sleep(Duration.ofMillis(250));
        }
        process.stop(Duration.ofSeconds(30));
        throw new IllegalStateException("the embedded Elasticsearch did not open its HTTP port within "
                + STARTUP_TIMEOUT.toSeconds() + "s; see " + logFile);
    }

    private void awaitHealthy(Path logFile) {
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            awaitHealthy(http, logFile);
        }
    }

    private void awaitHealthy(HttpClient http, Path logFile) {
        HttpRequest health = HttpRequest.newBuilder(uri.resolve("/_cluster/health?wait_for_status=yellow&timeout=5s"))
                .timeout(Duration.ofSeconds(10)).build();
        Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                log.debug("Elasticsearch not ready yet: {}", e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Elasticsearch", e);
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the embedded Elasticsearch exited during startup; see " + logFile);
            }
            sleep(Duration.ofMillis(500));
        }
        process.stop(Duration.ofSeconds(30));
        throw new IllegalStateException("the embedded Elasticsearch was not healthy within " + STARTUP_TIMEOUT.toSeconds() + "s");
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for Elasticsearch", e);
        }
    }
}
