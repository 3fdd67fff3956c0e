package io.ledgerline.api.refund;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** FINANCE approves a requested refund (REF-3); it is then paid back to the original payment method. */
public record ApproveRefundCommand(@TargetAggregateIdentifier String refundId) {
}
