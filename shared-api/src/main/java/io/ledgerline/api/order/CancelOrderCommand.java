package io.ledgerline.api.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** ORD-8: cancel an unpaid order, with a reason; its stock is released. */
public record CancelOrderCommand(@TargetAggregateIdentifier String orderId,
                                 String reason) {
}
