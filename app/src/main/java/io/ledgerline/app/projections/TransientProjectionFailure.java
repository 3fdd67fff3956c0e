package io.ledgerline.app.projections;

/**
 * Thrown instead of dead-lettering an event whose handler failed for a transient reason: it rolls back the
 * processor's whole batch (releasing every lock the batch held, which a deadlock needs) and the processor
 * claims the segment again after its back-off (1 s, 2 s, 4 s ... at most 60 s) and handles the batch anew.
 */
final class TransientProjectionFailure extends RuntimeException {

    TransientProjectionFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
