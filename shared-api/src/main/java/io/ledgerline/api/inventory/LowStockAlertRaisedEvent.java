package io.ledgerline.api.inventory;

/**
 * INV-7: the sku's total available stock fell to or below its threshold. Raised once per crossing; the
 * next one can only follow a {@link LowStockAlertClearedEvent}.
 */
public record LowStockAlertRaisedEvent(String sku, int available, int threshold) {
}
