package io.ledgerline.api.refund;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** FINANCE rejects a requested refund, saying why (REF-3: the reason is required). */
public record RejectRefundCommand(@TargetAggregateIdentifier String refundId, String reason) {
}
