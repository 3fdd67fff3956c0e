package io.ledgerline.api.order;

import io.ledgerline.api.common.Money;

/** ORD-7: a paid order above the review threshold waits for an approval. */
public record OrderHeldForReviewEvent(String orderId,
                                      Money total,
                                      Money threshold) {
}
