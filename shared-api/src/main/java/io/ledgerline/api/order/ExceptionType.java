package io.ledgerline.api.order;

/** ORD-12: what went wrong with a shipment. Names match the GraphQL contract. */
public enum ExceptionType {
    DELAYED, LOST, DAMAGED, MISDELIVERED, TRACKING_INFO_ERROR
}
