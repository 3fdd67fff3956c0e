package io.ledgerline.api.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** ORD-7: reject an order held for review; stock is released and a full refund is started. */
public record RejectOrderCommand(@TargetAggregateIdentifier String orderId,
                                 String reason) {
}
