package io.ledgerline.api.order;

/**
 * Why an order was cancelled (ORD-6, ORD-8), as a code reports can count by: a person asked for it (the
 * customer or staff, their words in the event's {@code reason}), the payment timed out, or the order was
 * refunded in full before it shipped.
 */
public enum CancellationCause {
    REQUESTED,
    PAYMENT_TIMEOUT,
    FULLY_REFUNDED
}
