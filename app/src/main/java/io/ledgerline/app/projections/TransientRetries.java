package io.ledgerline.app.projections;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How many times in a row each event has failed transiently in one processing group, so that a "transient"
 * failure that keeps coming back is parked in the dead-letter queue after all. Bounded: the oldest counts are
 * forgotten first (an event that failed long ago has long since succeeded or been parked).
 */
final class TransientRetries {

    private static final int REMEMBERED_EVENTS = 10_000;

    private final int limit;
    private final Map<String, Integer> failures = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
            return size() > REMEMBERED_EVENTS;
        }
    };

    TransientRetries(int limit) {
        this.limit = limit;
    }

    int limit() {
        return limit;
    }

    /** Counts one more failure of the event; answers which retry that asks for (1 for the first), above the limit when none is left. */
    synchronized int nextRetry(String eventId) {
        return failures.merge(eventId, 1, Integer::sum);
    }

    synchronized void forget(String eventId) {
        failures.remove(eventId);
    }
}
