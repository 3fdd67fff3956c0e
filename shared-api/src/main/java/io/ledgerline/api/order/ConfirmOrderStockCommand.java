package io.ledgerline.api.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** ORD-3: every line of the order is reserved (sent by the order fulfilment saga). */
public record ConfirmOrderStockCommand(@TargetAggregateIdentifier String orderId) {
}
