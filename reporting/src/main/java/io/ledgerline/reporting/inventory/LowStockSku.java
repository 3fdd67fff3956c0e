package io.ledgerline.reporting.inventory;

/** A sku whose INV-7 low-stock alert is raised now: its available stock over all warehouses and its threshold. */
public record LowStockSku(String sku, String productName, int available, int threshold) {
}
