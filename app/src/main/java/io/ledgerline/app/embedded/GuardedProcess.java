package io.ledgerline.app.embedded;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A server process that cannot outlive the JVM that started it.
 *
 * <p>It is started through {@code setpriv --pdeathsig}, so the kernel sends it a signal when its parent
 * dies. The kernel ties that signal to the <em>thread</em> that forked the child, so the process is
 * forked from a dedicated keeper thread that lives exactly as long as the process (it waits for it);
 * forking from a request or main thread would kill the server when that thread ends.
 */
final class GuardedProcess {

    private static final Logger log = LoggerFactory.getLogger(GuardedProcess.class);

    private final String name;
    private final Process process;
    private final String stopSignal;

    private GuardedProcess(String name, Process process, String stopSignal) {
        this.name = name;
        this.process = process;
        this.stopSignal = stopSignal;
    }

    /**
     * Starts {@code command} as {@code user}, output appended to {@code logFile}. {@code stopSignal} is
     * both the signal sent on {@link #stop} and the one the kernel sends if the JVM dies.
     */
    static GuardedProcess start(String name, List<String> command, ServerUser user, Path workDir,
                                Map<String, String> environment, Path logFile, String stopSignal) {
        ProcessBuilder builder = new ProcessBuilder(user.wrap(command, stopSignal))
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(environment);

        CompletableFuture<Process> started = new CompletableFuture<>();
        Thread keeper = new Thread(() -> {
            try {
                Process process = builder.start();
                started.complete(process);
                process.waitFor();
            } catch (IOException e) {
                started.completeExceptionally(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, name + "-keeper");
        keeper.setDaemon(true);
        keeper.start();
        try {
            return new GuardedProcess(name, started.get(), stopSignal);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot start " + name + ": " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting " + name, e);
        }
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Waits for a short-lived process (a setup tool) to finish and returns its exit code. */
    int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                stop(Duration.ofSeconds(5));
                throw new IllegalStateException(name + " did not finish within " + timeout.toSeconds() + "s");
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException("interrupted while waiting for " + name, e);
        }
    }

    /** Asks the process to stop with its stop signal; kills it if it has not stopped within {@code grace}. */
    void stop(Duration grace) {
        if (!process.isAlive()) {
            return;
        }
        try {
            ServerUser.Shell.run(List.of("kill", "-" + stopSignal, Long.toString(process.pid())));
        } catch (IllegalStateException e) {
            if (process.isAlive()) {
                throw e;
            }
            return; // it stopped on its own between the check and the signal
        }
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("{} (pid {}) did not stop within {}s; killing it", name, process.pid(), grace.toSeconds());
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
