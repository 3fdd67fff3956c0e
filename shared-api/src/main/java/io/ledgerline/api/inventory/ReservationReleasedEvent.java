package io.ledgerline.api.inventory;

import java.util.List;

/** INV-3: an order's reservation of a sku was released back to these warehouses. */
public record ReservationReleasedEvent(String sku, String orderId, List<WarehouseQuantity> allocations, String reason,
                                       int available) {
}
