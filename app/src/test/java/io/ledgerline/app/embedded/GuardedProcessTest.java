package io.ledgerline.app.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No orphaned server: a process started as a {@link GuardedProcess} dies with the JVM that started it,
 * even when that JVM is killed with SIGKILL and runs no shutdown hook.
 */
class GuardedProcessTest {

    @TempDir
    Path workDir;

    @Test
    @DisplayName("a guarded server process dies when its JVM is killed with kill -9")
    void guardedProcessDiesWithItsJvm() throws Exception {
        Process host = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), GuardedProcessHost.class.getName(), workDir.toString())
                .redirectErrorStream(true).start();
        long guardedPid;
        try (BufferedReader output = new BufferedReader(new InputStreamReader(host.getInputStream()))) {
            String line = output.readLine();
            assertThat(line).as("the host reports its guarded child").startsWith("guarded-pid=");
            guardedPid = Long.parseLong(line.substring("guarded-pid=".length()));
            assertThat(isRunning(guardedPid)).isTrue();

            host.destroyForcibly(); // SIGKILL: no shutdown hook runs in the host
            assertThat(host.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }

        await().atMost(Duration.ofSeconds(10)).until(() -> !isRunning(guardedPid));
    }

    @Test
    @DisplayName("stop() ends a guarded process with its stop signal")
    void stopEndsTheProcess() throws Exception {
        GuardedProcess sleeper = GuardedProcess.start("sleeper", List.of("sleep", "300"), ServerUser.forThisJvm(), workDir,
                java.util.Map.of(), workDir.resolve("sleeper.log"), "TERM");
        assertThat(sleeper.isAlive()).isTrue();

        sleeper.stop(Duration.ofSeconds(10));

        assertThat(sleeper.isAlive()).isFalse();
    }

    @Test
    @DisplayName("a guarded process runs in its own session, so a terminal's Ctrl-C reaches only the app")
    void guardedProcessHasItsOwnSession() throws Exception {
        GuardedProcess sleeper = GuardedProcess.start("sleeper", List.of("sleep", "300"), ServerUser.forThisJvm(), workDir,
                java.util.Map.of(), workDir.resolve("sleeper.log"), "TERM");
        try {
            await().atMost(Duration.ofSeconds(5)).until(() -> statField(sleeper.pid(), 0).equals("sleep"));
            assertThat(statField(sleeper.pid(), 3)).as("process group").isNotEqualTo(statField(ProcessHandle.current().pid(), 3));
        } finally {
            sleeper.stop(Duration.ofSeconds(10));
        }
    }

    /** Field {@code index} of /proc/<pid>/stat after the command name (0 = command name, 1 = state, 3 = pgrp). */
    private static String statField(long pid, int index) throws Exception {
        String content = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        int open = content.indexOf('('), close = content.lastIndexOf(')');
        if (index == 0) {
            return content.substring(open + 1, close);
        }
        return content.substring(close + 2).split(" ")[index - 1];
    }

    /** Alive and not a zombie: /proc/<pid>/stat exists and its state is not Z. */
    private static boolean isRunning(long pid) throws Exception {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        if (!Files.exists(stat)) {
            return false;
        }
        String content = Files.readString(stat);
        return content.charAt(content.lastIndexOf(')') + 2) != 'Z';
    }

    /** Runs in a separate JVM: starts a guarded {@code sleep}, prints its pid, then waits to be killed. */
    public static final class GuardedProcessHost {
        public static void main(String[] args) throws Exception {
            Path dir = Path.of(args[0]);
            GuardedProcess sleeper = GuardedProcess.start("sleeper", List.of("sleep", "300"), ServerUser.forThisJvm(), dir,
                    java.util.Map.of(), dir.resolve("sleeper.log"), "TERM");
            System.out.println("guarded-pid=" + sleeper.pid());
            System.out.flush();
            Thread.sleep(Duration.ofMinutes(5));
        }
    }
}
