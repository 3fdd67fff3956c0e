package io.ledgerline.api.order;

import io.ledgerline.api.common.Money;
import java.time.Instant;

/** ORD-5: a payment of the order's total was received (cash on delivery: at delivery). */
public record PaymentRecordedEvent(String orderId,
                                   PaymentMethod method,
                                   Money amount,
                                   String transactionRef,
                                   Instant paidAt) {
}
