package io.ledgerline.api.order;

/** The states of an order's life. Names match the GraphQL contract. */
public enum OrderStatus {
    PENDING_PAYMENT, AWAITING_REVIEW, PAID, SHIPPED, DELIVERED, COMPLETED, CANCELLED, REJECTED
}
