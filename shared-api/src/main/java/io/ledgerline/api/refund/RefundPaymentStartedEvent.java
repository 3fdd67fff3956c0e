package io.ledgerline.api.refund;

import io.ledgerline.api.common.Money;
import io.ledgerline.api.order.PaymentMethod;
import java.time.Instant;

/**
 * A refund payment was handed to the payment provider (status {@code PROCESSING}): the first attempt on
 * approval to the original method (REF-3), later ones on retry, possibly re-routed to another method
 * (REF-4). {@code attempt} counts from 1.
 */
public record RefundPaymentStartedEvent(String refundId, String orderId, Money amount, PaymentMethod method,
                                        int attempt, Instant startedAt) {
}
