package io.ledgerline.api.refund;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record the payment provider's result for the refund payment in progress (REF-4). A failure needs a
 * {@code failureReason}; a success has none.
 */
public record RecordRefundResultCommand(@TargetAggregateIdentifier String refundId, boolean succeeded,
                                        String failureReason) {
}
