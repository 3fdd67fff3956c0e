package io.ledgerline.api.inventory;

import java.util.List;

/** INV-3: stock was reserved for an order, taken from these warehouses; {@code available} is the sku's total after it. */
public record StockReservedEvent(String sku, String orderId, int quantity, List<WarehouseQuantity> allocations,
                                 int available) {
}
