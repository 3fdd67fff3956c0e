package io.ledgerline.api.refund;

import io.ledgerline.api.order.PaymentMethod;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Try a failed refund payment again (REF-4), re-routed to {@code method}, or on the last attempt's method
 * when it is null. At most 3 attempts in total.
 */
public record RetryRefundCommand(@TargetAggregateIdentifier String refundId, PaymentMethod method) {
}
