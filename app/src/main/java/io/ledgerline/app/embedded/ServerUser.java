package io.ledgerline.app.embedded;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The operating-system user an embedded server runs as. PostgreSQL and Elasticsearch both refuse to
 * run as root, so when the JVM is root they run as uid/gid 65534 ({@code nobody}); otherwise as the
 * JVM's own user. Either way they are started through {@code setpriv --pdeathsig} so that the kernel
 * signals them when the JVM dies, even by {@code kill -9}: no orphaned server.
 */
record ServerUser(boolean dropToNobody) {

    static final int NOBODY = 65534;

    static ServerUser forThisJvm() {
        return new ServerUser(ProcessHandle.current().info().user().map("root"::equals).orElse(false));
    }

    /**
     * The command line that runs {@code command} as this user, signalled with {@code deathSignal} when the
     * JVM dies. {@code setsid} puts the server in its own session, so a Ctrl-C in the terminal reaches only
     * the app, which then stops its servers in order, last, instead of every server at once. (The child of
     * a JVM is never a process-group leader, so setsid does not fork and the JVM stays its parent.)
     */
    List<String> wrap(List<String> command, String deathSignal) {
        List<String> wrapped = new ArrayList<>(List.of("setsid", "setpriv"));
        if (dropToNobody) {
            wrapped.addAll(List.of("--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups"));
        }
        wrapped.add("--pdeathsig=" + deathSignal);
        wrapped.add("--");
        wrapped.addAll(command);
        return wrapped;
    }

    /** Hands {@code dir} (recursively) to the server user, so the server can write its data there. */
    void own(Path dir) {
        if (dropToNobody && !ownedByNobody(dir)) {
            Shell.run(List.of("chown", "-R", NOBODY + ":" + NOBODY, dir.toString()));
        }
    }

    private static boolean ownedByNobody(Path dir) {
        try {
            return Integer.valueOf(NOBODY).equals(java.nio.file.Files.getAttribute(dir, "unix:uid"));
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** Fails with a clear message when the server user cannot write to {@code dir} (e.g. a data dir under /root). */
    void requireWritable(Path dir) {
        if (!dropToNobody) {
            return;
        }
        try {
            Shell.run(wrap(List.of("test", "-w", dir.toString()), "TERM"));
        } catch (IllegalStateException e) {
            throw new IllegalStateException("Running as root, the embedded servers run as uid " + NOBODY
                    + ", which cannot write to " + dir + " (a parent directory is closed to it). Set"
                    + " ledgerline.data-dir to a directory that uid " + NOBODY + " can reach, e.g. under /var/lib or /tmp.", e);
        }
    }

    /** Small helper for the few short commands (chown, test) run while preparing a server. */
    static final class Shell {
        private Shell() {
        }

        static void run(List<String> command) {
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
                String output = new String(process.getInputStream().readAllBytes());
                int exit = process.waitFor();
                if (exit != 0) {
                    throw new IllegalStateException(String.join(" ", command) + " failed (exit " + exit + "): " + output.strip());
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot run " + command.getFirst(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while running " + command.getFirst(), e);
            }
        }
    }
}
