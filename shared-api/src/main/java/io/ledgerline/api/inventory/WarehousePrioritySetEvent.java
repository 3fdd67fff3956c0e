package io.ledgerline.api.inventory;

/** INV-3: reservations of the sku now rank {@code warehouse} with {@code priority} (higher is preferred). */
public record WarehousePrioritySetEvent(String sku, String warehouse, int priority) {
}
