package io.ledgerline.api.order;

import java.time.Instant;

/** ORD-7: an order held for review was approved. */
public record OrderApprovedEvent(String orderId,
                                 Instant approvedAt) {
}
