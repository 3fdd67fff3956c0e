package io.ledgerline.api.refund;

import io.ledgerline.api.common.Money;
import io.ledgerline.api.order.PaymentMethod;
import java.time.Instant;
import java.util.List;

/**
 * A refund was opened for an order and awaits review (REF-1, status {@code REQUESTED}). Starts every
 * refund's history; {@code paymentMethod} is where it will be paid back once approved (REF-3).
 */
public record RefundOpenedEvent(String refundId,
                                String orderId,
                                String orderNumber,
                                RefundReason reason,
                                Money amount,
                                List<String> skus,
                                boolean returnGoods,
                                PaymentMethod paymentMethod,
                                String note,
                                Instant requestedAt) {
}
