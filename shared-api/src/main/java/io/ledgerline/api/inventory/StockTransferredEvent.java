package io.ledgerline.api.inventory;

/** INV-6: {@code quantity} units of a sku's on-hand stock moved from one warehouse to another. */
public record StockTransferredEvent(String sku, String fromWarehouse, String toWarehouse, int quantity) {
}
