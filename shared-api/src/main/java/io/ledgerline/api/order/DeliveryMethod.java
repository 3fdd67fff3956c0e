package io.ledgerline.api.order;

/** How an order is delivered (ORD-1). Names match the GraphQL contract. */
public enum DeliveryMethod {
    STANDARD, EXPRESS, FREIGHT, PICKUP
}
