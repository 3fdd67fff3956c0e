package io.ledgerline.api.refund;

import io.ledgerline.api.common.Money;
import java.time.Instant;

/** FINANCE approved a refund of {@code amount} (REF-3). Always followed by its first payment attempt. */
public record RefundApprovedEvent(String refundId, String orderId, Money amount, Instant decidedAt) {
}
