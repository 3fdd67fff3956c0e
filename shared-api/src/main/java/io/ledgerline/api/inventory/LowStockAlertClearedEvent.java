package io.ledgerline.api.inventory;

/** INV-7: the sku's total available stock rose above its threshold again after a low-stock alert. */
public record LowStockAlertClearedEvent(String sku, int available, int threshold) {
}
