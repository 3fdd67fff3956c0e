package io.ledgerline.api.order;

import io.ledgerline.api.common.Money;

/** REF-4: money was paid back for the order; {@code totalRefunded} is the running total. */
public record OrderRefundedEvent(String orderId,
                                 String refundId,
                                 Money amount,
                                 Money totalRefunded) {
}
