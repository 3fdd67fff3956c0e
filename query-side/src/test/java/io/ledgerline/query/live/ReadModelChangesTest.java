package io.ledgerline.query.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** How a request waiting to read its own write is woken: by a change of its aggregate, and only by that. */
class ReadModelChangesTest {

    private final ReadModelChanges changes = new ReadModelChanges();

    @Test
    void aWaitingRequestIsWokenAsSoonAsItsAggregateChanges() throws Exception {
        try (ReadModelChanges.Watch watch = changes.watch("order-1")) {
            CompletableFuture<Long> waited = CompletableFuture.supplyAsync(() -> timed(watch, Duration.ofSeconds(10)));
            Thread.sleep(100);
            changes.changed("order-1");

            assertThat(waited.get(5, TimeUnit.SECONDS)).isLessThan(Duration.ofSeconds(5).toMillis());
        }
    }

    @Test
    void aChangeBetweenTheReadAndTheWaitIsNotMissed() {
        try (ReadModelChanges.Watch watch = changes.watch("order-2")) {
            changes.changed("order-2");

            assertThat(timed(watch, Duration.ofSeconds(10))).isLessThan(Duration.ofSeconds(5).toMillis());
        }
    }

    @Test
    void anotherAggregatesChangeDoesNotWakeTheRequest() {
        try (ReadModelChanges.Watch watch = changes.watch("order-3")) {
            changes.changed("order-4");

            assertThat(timed(watch, Duration.ofMillis(300))).isGreaterThanOrEqualTo(290);
        }
    }

    @Test
    void aClosedWatchIsForgotten() {
        changes.watch("order-5").close();

        changes.changed("order-5"); // nothing to wake, nothing kept
        try (ReadModelChanges.Watch watch = changes.watch("order-5")) {
            assertThat(timed(watch, Duration.ofMillis(200))).isGreaterThanOrEqualTo(190);
        }
    }

    private static long timed(ReadModelChanges.Watch watch, Duration atMost) {
        long start = System.nanoTime();
        try {
            watch.await(atMost);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }
}
