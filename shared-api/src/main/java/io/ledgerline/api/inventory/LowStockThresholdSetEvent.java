package io.ledgerline.api.inventory;

/** INV-7: the sku's low-stock threshold is now {@code threshold}. */
public record LowStockThresholdSetEvent(String sku, int threshold) {
}
