package io.ledgerline.api.inventory;

import java.util.List;

/** INV-4: an order's reserved stock left these warehouses (on-hand and reserved both went down). */
public record ReservedStockDeductedEvent(String sku, String orderId, List<WarehouseQuantity> allocations) {
}
