package io.ledgerline.api.inventory;

/**
 * INV-2: on-hand stock at a warehouse was corrected by {@code delta} for {@code reason}. {@code onHand} is
 * that warehouse's on-hand after it, {@code available} the sku's total available stock after it.
 */
public record StockAdjustedEvent(String sku, String warehouse, int delta, String reason, int onHand,
                                 int available) {
}
