package io.ledgerline.api.order;

import io.ledgerline.api.common.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** ORD-8, REF-4: a refund of this order was paid back (sent by the refund saga). */
public record RecordRefundCompletedCommand(@TargetAggregateIdentifier String orderId,
                                           String refundId,
                                           Money amount) {
}
