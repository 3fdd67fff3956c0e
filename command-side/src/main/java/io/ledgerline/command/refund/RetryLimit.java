package io.ledgerline.command.refund;

import io.ledgerline.api.common.CommandRefusedException;

/** REF-4: a refund payment is attempted at most {@value #MAX_ATTEMPTS} times, the first attempt included. */
final class RetryLimit {

    /** REF-4 "at most 3 attempts": fixed here until the limit becomes configuration. */
    static final int MAX_ATTEMPTS = 3;

    private RetryLimit() {
    }

    /** Refuses a retry after {@code attemptsSoFar} attempts when it would exceed the limit. */
    static void checkRetryAllowed(int attemptsSoFar) {
        if (attemptsSoFar >= MAX_ATTEMPTS) {
            throw CommandRefusedException.state("RETRY_LIMIT_REACHED", "this refund has had its "
                    + MAX_ATTEMPTS + " payment attempts; it cannot be retried again");
        }
    }
}
