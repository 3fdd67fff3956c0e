package io.ledgerline.api.order;

import java.time.Instant;

/**
 * ORD-6, ORD-8: the order was cancelled (by a person with a reason, {@code PAYMENT_TIMEOUT}, or {@code FULLY_REFUNDED}).
 */
public record OrderCancelledEvent(String orderId,
                                  String reason,
                                  Instant cancelledAt) {
}
