package io.ledgerline.app.benchmark;

import io.ledgerline.app.projections.ProjectionRebuilder;
import io.ledgerline.app.projections.RebuildOutcome;
import java.time.Duration;
import java.time.Instant;

/** Rebuilds one projection beside the live one, as an admin's rebuild does, and answers how it ended. */
final class RebuildTimer {

    private static final Duration WAIT = Duration.ofMinutes(30);

    private final ProjectionRebuilder rebuilder;

    RebuildTimer(ProjectionRebuilder rebuilder) {
        this.rebuilder = rebuilder;
    }

    RebuildOutcome run(String projection) {
        Instant started = Instant.now();
        rebuilder.start(projection);
        Instant deadline = started.plus(WAIT);
        while (Instant.now().isBefore(deadline)) {
            var outcome = rebuilder.lastOutcome(projection).filter(o -> !o.finishedAt().isBefore(started));
            if (outcome.isPresent() && rebuilder.running(projection).isEmpty()) {
                return outcome.get();
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while rebuilding " + projection, e);
            }
        }
        throw new IllegalStateException("the rebuild of " + projection + " did not end within " + WAIT);
    }
}
