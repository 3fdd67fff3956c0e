package io.ledgerline.api.order;

/** ORD-12: how a logistics exception was resolved. Names match the GraphQL contract. */
public enum ExceptionResolution {
    RESHIPPED, REFUNDED, COMPENSATED, REDIRECTED, NO_ACTION
}
