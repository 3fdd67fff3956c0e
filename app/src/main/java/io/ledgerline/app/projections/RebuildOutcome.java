package io.ledgerline.app.projections;

import java.time.Duration;
import java.time.Instant;

/** How a rebuild ended: completed (with how many events it replayed, in how long) or failed (and why). */
public record RebuildOutcome(String processingGroup, boolean completed, long events, Duration took, Instant finishedAt,
                             String failure) {

    /** One line for operators, e.g. {@code COMPLETED at 2026-11-23T14:47:13Z: 1204 events in 2.3 s}. */
    public String describe() {
        String duration = String.format(java.util.Locale.ROOT, "%.1f s", took.toMillis() / 1000.0);
        return completed
                ? "COMPLETED at " + finishedAt + ": " + events + " events in " + duration
                : "FAILED at " + finishedAt + " after " + duration + ": " + failure;
    }
}
