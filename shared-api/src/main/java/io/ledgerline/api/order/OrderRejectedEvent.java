package io.ledgerline.api.order;

import java.time.Instant;
import java.util.List;

/**
 * ORD-3, ORD-7: the order was rejected ({@code OUT_OF_STOCK} naming the skus, or {@code REVIEW_REJECTED}).
 */
public record OrderRejectedEvent(String orderId,
                                 String reason,
                                 List<String> skus,
                                 String note,
                                 Instant rejectedAt) {
}
