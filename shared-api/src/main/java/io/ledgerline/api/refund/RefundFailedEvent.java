package io.ledgerline.api.refund;

import java.time.Instant;

/**
 * The payment provider failed payment attempt {@code attempt} (REF-4, status {@code FAILED}). The refund may
 * be retried, on the same or another method, until it has had 3 attempts.
 */
public record RefundFailedEvent(String refundId, String orderId, String reason, int attempt, Instant failedAt) {
}
