package io.ledgerline.api.inventory;

/** INV-8: returned goods of a refund were put back on hand at a warehouse. */
public record ReturnedGoodsRestockedEvent(String sku, String warehouse, int quantity, String refundId) {
}
