package io.ledgerline.api.refund;

/** Why a refund was requested (REF-1). Names match the GraphQL contract. */
public enum RefundReason {
    CUSTOMER_REQUEST, LOGISTICS_EXCEPTION, QUALITY_ISSUE, DUPLICATE_PAYMENT, WRONG_AMOUNT, ORDER_REJECTED, OTHER
}
