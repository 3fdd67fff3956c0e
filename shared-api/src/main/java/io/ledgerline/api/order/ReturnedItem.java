package io.ledgerline.api.order;

/** REF-5, INV-8: goods coming back with a refund: a sku and how many. */
public record ReturnedItem(String sku,
                           int quantity) {
}
