package io.ledgerline.app.jar;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged jar run as an operator runs it: {@code java -jar ledgerline-app.jar <args>} in a JVM of its own, with
 * the Java that runs the tests. Its console output (log and printed lines alike) goes to a file under
 * {@code target/packaged-jar/}, kept for post-mortems, which the test reads.
 *
 * <p>It never outlives the test: {@link #close()} kills it if it still runs, and it is started through
 * {@code setpriv --pdeathsig=TERM}, so even if the test JVM is killed outright the kernel asks it to stop, and it
 * stops its embedded servers in turn (they carry a death signal of their own too).
 */
final class JarProcess implements AutoCloseable {

    static final Path JAR = Path.of("target", "ledgerline-app.jar");
    private static final Path OUTPUT_DIR = Path.of("target", "packaged-jar");
    private static final Pattern READY = Pattern.compile("Ledgerline is ready: GraphQL at http://localhost:(\\d+)/graphql");
    private static final int TAIL_LINES = 40;

    private final String name;
    private final Process process;
    private final Path output;

    private JarProcess(String name, Process process, Path output) {
        this.name = name;
        this.process = process;
        this.output = output;
    }

    /** Starts the jar with {@code args}; {@code name} names its output file. */
    static JarProcess start(String name, String... args) {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: the package phase builds it (./mvnw verify)");
        }
        List<String> command = new ArrayList<>(List.of("setpriv", "--pdeathsig=TERM", "--",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        try {
            Files.createDirectories(OUTPUT_DIR);
            Path output = OUTPUT_DIR.resolve(name + ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            return new JarProcess(name, process, output);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + String.join(" ", command), e);
        }
    }

    /** Waits for the app's ready line and answers its HTTP port. */
    int awaitReady(Duration timeout) {
        return Integer.parseInt(awaitLine(READY, timeout).group(1));
    }

    /**
     * Waits until a line of the output matches {@code pattern} and answers the match; fails at once, with the
     * output's tail, if the process ends first.
     */
    Matcher awaitLine(Pattern pattern, Duration timeout) {
        return await(name + " prints " + pattern).atMost(timeout).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    boolean ended = !process.isAlive();
                    Optional<Matcher> match = find(pattern);
                    if (match.isEmpty() && ended) {
                        throw new AssertionError(name + " exited (" + process.exitValue() + ") before printing "
                                + pattern + "; its output ends with:\n" + tail());
                    }
                    return match.orElse(null);
                }, match -> match != null);
    }

    /** The first line matching {@code pattern}, if any yet. */
    Optional<Matcher> find(Pattern pattern) {
        return lines().stream().map(pattern::matcher).filter(Matcher::find).findFirst();
    }

    /** Every line matching {@code pattern}. */
    List<String> linesMatching(Pattern pattern) {
        return lines().stream().filter(line -> pattern.matcher(line).find()).toList();
    }

    /** The whole output so far. */
    String output() {
        try {
            return Files.readString(output, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for the process to end by itself and answers its exit code. */
    int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError(name + " did not exit within " + timeout.toSeconds() + " s; its output ends with:\n"
                        + tail());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for " + name, e);
        }
    }

    /** Sends SIGTERM, as Ctrl-C or a service manager does, and waits for the process to end; answers its exit code. */
    int terminate(Duration timeout) {
        process.destroy();
        return awaitExit(timeout);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Kills the process if it still runs (a failed test); the embedded servers die with it (pdeathsig). */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private List<String> lines() {
        return output().lines().toList();
    }

    private String tail() {
        List<String> lines = lines();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
    }
}
