package io.ledgerline.api.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** REF-2: a rejected refund no longer counts against what was paid (sent by the refund saga). */
public record ReleaseRefundAllocationCommand(@TargetAggregateIdentifier String orderId,
                                             String refundId) {
}
