package io.ledgerline.app.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The JVM's peak resident memory (Linux's VmHWM), the embedded servers not counted: they are processes of their own. */
final class PeakMemory {

    private PeakMemory() {
    }

    /** Peak resident bytes, or -1 where /proc is not there to tell. */
    static long residentBytes() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("VmHWM:"))
                    .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024)
                    .findFirst().orElse(-1L);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
