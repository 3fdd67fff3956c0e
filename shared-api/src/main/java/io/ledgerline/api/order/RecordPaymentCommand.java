package io.ledgerline.api.order;

import io.ledgerline.api.common.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * ORD-5: a payment notification: method, amount and the provider's transaction reference (accepted once).
 */
public record RecordPaymentCommand(@TargetAggregateIdentifier String orderId,
                                   PaymentMethod method,
                                   Money amount,
                                   String transactionRef) {
}
