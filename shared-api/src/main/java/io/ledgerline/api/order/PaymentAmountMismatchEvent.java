package io.ledgerline.api.order;

import io.ledgerline.api.common.Money;
import java.time.Instant;

/** ORD-5: a payment whose amount is not the order total; recorded, the order stays unpaid. */
public record PaymentAmountMismatchEvent(String orderId,
                                         PaymentMethod method,
                                         Money expected,
                                         Money received,
                                         String transactionRef,
                                         Instant at) {
}
