package io.ledgerline.api.order;

/** The sales channel an order came through (ORD-1). Names match the GraphQL contract. */
public enum Channel {
    WEB, MOBILE_APP, MINI_PROGRAM, SOCIAL, MARKETPLACE
}
