package io.ledgerline.api.order;

import java.time.Instant;

/**
 * ORD-11: the order completed ({@code CUSTOMER_CONFIRMED} or {@code AUTO} 7 days after delivery).
 */
public record OrderCompletedEvent(String orderId,
                                  String how,
                                  Instant completedAt) {
}
