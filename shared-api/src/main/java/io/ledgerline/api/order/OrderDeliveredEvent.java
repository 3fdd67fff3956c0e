package io.ledgerline.api.order;

import java.time.Instant;

/** ORD-10: the order was delivered and signed for. */
public record OrderDeliveredEvent(String orderId,
                                  String signer,
                                  Instant deliveredAt) {
}
