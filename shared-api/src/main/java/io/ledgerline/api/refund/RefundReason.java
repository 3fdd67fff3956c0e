package io.ledgerline.api.refund;

/** REF-1: why a refund is requested. Names match the GraphQL contract. */
public enum RefundReason {
    CUSTOMER_REQUEST, LOGISTICS_EXCEPTION, QUALITY_ISSUE, DUPLICATE_PAYMENT, WRONG_AMOUNT, ORDER_REJECTED, OTHER
}
