package io.ledgerline.query.refund;

import org.axonframework.eventhandling.TrackingToken;

/** The global position of the event being handled: what this read model uses to apply each event once. */
final class EventPositions {

    private EventPositions() {
    }

    static long of(TrackingToken token) {
        return token.position().orElseThrow(() -> new IllegalStateException("a tracking token without a position: " + token));
    }
}
