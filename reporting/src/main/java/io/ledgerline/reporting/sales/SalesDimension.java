package io.ledgerline.reporting.sales;

/** What a sales breakdown groups by (ANA-2); the GraphQL {@code SalesDimension}. */
public enum SalesDimension {
    /** The order's sales channel. */
    CHANNEL,
    /** The order's current status. */
    STATUS,
    /** The province of the shipping address. */
    REGION,
    /** The product category of the order's lines. */
    CATEGORY
}
