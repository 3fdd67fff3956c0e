package io.ledgerline.query.live;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Wakes the requests that wait to read their own writes. The order, stock and refund read models report each
 * aggregate they changed once their transaction has committed ({@link ReadModelChangeSignalling}); a request
 * waiting for that aggregate then reads again at once, instead of polling the read model.
 *
 * <p>Only changes projected in this JVM are reported: where another node runs the projection's segment, the
 * waiter finds the change on its own slower re-check.
 */
@Component
public class ReadModelChanges {

    private final Map<String, Set<Watch>> watches = new ConcurrentHashMap<>();

    /** Starts watching an aggregate; watch before reading, so a change between the read and the wait is not missed. */
    public Watch watch(String aggregateId) {
        Watch watch = new Watch(aggregateId);
        watches.computeIfAbsent(aggregateId, id -> ConcurrentHashMap.newKeySet()).add(watch);
        return watch;
    }

    void changed(String aggregateId) {
        Set<Watch> watching = watches.get(aggregateId);
        if (watching != null) {
            watching.forEach(Watch::signal);
        }
    }

    /** One request's interest in one aggregate. */
    public final class Watch implements AutoCloseable {

        private final String aggregateId;
        private boolean changed;

        private Watch(String aggregateId) {
            this.aggregateId = aggregateId;
        }

        /** Waits until the aggregate's read model changed since the last call, or {@code atMost} passed. */
        public synchronized void await(Duration atMost) throws InterruptedException {
            long deadline = System.nanoTime() + atMost.toNanos();
            while (!changed) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                wait(Math.max(1, left / 1_000_000));
            }
            changed = false;
        }

        private synchronized void signal() {
            changed = true;
            notifyAll();
        }

        @Override
        public void close() {
            watches.computeIfPresent(aggregateId, (id, set) -> {
                set.remove(this);
                return set.isEmpty() ? null : set;
            });
        }
    }
}
