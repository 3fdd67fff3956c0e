package io.ledgerline.api.inventory;

/**
 * INV-1: stock was received at a warehouse. {@code onHand} is that warehouse's on-hand after the receipt,
 * {@code available} the sku's total available stock across all warehouses after it. {@code productName}
 * is null when the receipt did not name the product.
 */
public record StockReceivedEvent(String sku, String warehouse, int quantity, String productName, int onHand,
                                 int available) {
}
