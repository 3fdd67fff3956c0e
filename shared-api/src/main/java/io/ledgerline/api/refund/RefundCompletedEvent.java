package io.ledgerline.api.refund;

import io.ledgerline.api.common.Money;
import java.time.Instant;
import java.util.List;

/**
 * The money was paid back (REF-4, status {@code COMPLETED}, final). Carries {@code returnGoods} and
 * {@code skus} so that returned goods can be restocked (REF-5, INV-8) without reading the refund.
 */
public record RefundCompletedEvent(String refundId, String orderId, Money amount, boolean returnGoods,
                                   List<String> skus, Instant completedAt) {
}
