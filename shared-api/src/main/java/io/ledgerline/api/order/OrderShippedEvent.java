package io.ledgerline.api.order;

import java.time.Instant;
import java.util.List;

/** ORD-9: the order left with a carrier; its reserved skus are to be deducted. */
public record OrderShippedEvent(String orderId,
                                String carrier,
                                String trackingNumber,
                                List<String> skus,
                                Instant shippedAt) {
}
