package io.ledgerline.api.refund;

import io.ledgerline.api.common.Money;
import java.time.Instant;

/**
 * A refund as the admin frontend reads it (the GraphQL {@code Refund} type), from the refund read model.
 * {@code attempts} counts payment attempts so far (REF-4); {@code decidedAt} is set once FINANCE approved or
 * rejected it (REF-3), {@code completedAt} once it was paid back; {@code failureReason} is the provider's
 * reason for the last failed attempt.
 */
public record RefundView(String id,
                         String orderId,
                         String orderNumber,
                         RefundStatus status,
                         RefundReason reason,
                         Money amount,
                         int attempts,
                         Instant requestedAt,
                         Instant decidedAt,
                         Instant completedAt,
                         String note,
                         String failureReason) {
}
