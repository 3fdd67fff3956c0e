package io.ledgerline.api.refund;

import io.ledgerline.api.common.Money;
import java.time.Instant;

/**
 * FINANCE rejected a refund (REF-3, status {@code REJECTED}, final). Its amount no longer counts against
 * what the order may still refund (REF-2).
 */
public record RefundRejectedEvent(String refundId, String orderId, Money amount, String reason, Instant decidedAt) {
}
