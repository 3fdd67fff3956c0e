package io.ledgerline.api.order;

import java.time.Instant;

/** ORD-5: a payment attempt failed; the order stays payable. */
public record PaymentFailedEvent(String orderId,
                                 String reason,
                                 Instant failedAt) {
}
