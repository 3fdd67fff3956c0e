package io.ledgerline.query;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * The position of the event being handled, as a key that orders the events of one aggregate: what every
 * projection uses to apply each event once.
 *
 * <p>The key is the tracking token's position, then the event's sequence number. The token's position
 * alone does not tell events apart: an event still being committed when a later one was read is a gap in
 * the token, and when it arrives it carries the token's (later) position. Two events of one transaction
 * (a payment and the order's readiness) that arrive that way share that position, and a guard "apply only
 * what is newer than the last event applied" skipped the second. Keys are compared only between events of
 * the same aggregate, whose sequence numbers grow with their positions.
 */
public final class EventPositions {

    /** Room for the sequence number below the position; an aggregate never fills it within one position. */
    private static final long SEQUENCE_SLOTS = 1L << 20;

    private EventPositions() {
    }

    public static long of(TrackingToken token) {
        return key(token.position()
                .orElseThrow(() -> new IllegalStateException("a tracking token without a position: " + token)),
                sequenceOfEventInHand());
    }

    /** The key of the event with this sequence number, handled at this token position. */
    public static long key(long position, long sequence) {
        return position * SEQUENCE_SLOTS + sequence % SEQUENCE_SLOTS;
    }

    /** The handler runs inside the unit of work of the event it handles. */
    private static long sequenceOfEventInHand() {
        return CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get().getMessage() instanceof DomainEventMessage<?> event
                ? event.getSequenceNumber() : 0;
    }
}
