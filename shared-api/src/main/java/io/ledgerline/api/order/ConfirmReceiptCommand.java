package io.ledgerline.api.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** ORD-11: the customer confirms receipt of a delivered order, which completes it. */
public record ConfirmReceiptCommand(@TargetAggregateIdentifier String orderId) {
}
