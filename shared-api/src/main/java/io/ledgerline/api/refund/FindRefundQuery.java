package io.ledgerline.api.refund;

/** Find one refund by its id; answers a {@link RefundView} or nothing. */
public record FindRefundQuery(String refundId) {
}
