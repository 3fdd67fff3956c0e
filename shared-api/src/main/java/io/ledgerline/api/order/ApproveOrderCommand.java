package io.ledgerline.api.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** ORD-7: approve an order held for review; it becomes ready for fulfilment. */
public record ApproveOrderCommand(@TargetAggregateIdentifier String orderId) {
}
