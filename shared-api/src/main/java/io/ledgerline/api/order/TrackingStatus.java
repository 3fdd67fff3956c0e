package io.ledgerline.api.order;

/** ORD-10: a carrier's tracking milestone. Names match the GraphQL contract. */
public enum TrackingStatus {
    OUT_OF_WAREHOUSE, IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERED
}
