package io.ledgerline.api.order;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** ORD-5: a failed payment attempt; the order stays payable. */
public record RecordPaymentFailureCommand(@TargetAggregateIdentifier String orderId,
                                          String reason) {
}
