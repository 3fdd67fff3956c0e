package io.ledgerline.api.refund;

/**
 * The states of a refund's life (REF-3, REF-4). {@code APPROVED} is passed through on the way to
 * {@code PROCESSING}: an approved refund is paid back at once. Names match the GraphQL contract.
 */
public enum RefundStatus {
    REQUESTED, APPROVED, REJECTED, PROCESSING, FAILED, COMPLETED
}
