package io.ledgerline.reporting;

import org.axonframework.eventhandling.TrackingToken;

/** The global position of the event being handled: what the reporting projections use to apply each event once. */
public final class EventPositions {

    private EventPositions() {
    }

    public static long of(TrackingToken token) {
        return token.position().orElseThrow(() -> new IllegalStateException("a tracking token without a position: " + token));
    }
}
