package io.ledgerline.api.inventory;

import java.util.List;

/**
 * A sku's stock as the admin frontend reads it (the GraphQL {@code InventoryItem} type), from the inventory
 * read model (INV-1..INV-7). The totals are sums over {@code warehouses}, so {@code available} is the sum of
 * each warehouse's available stock, as the InventoryItem aggregate counts it; {@code lowStock} is set while a
 * low-stock alert is raised (INV-7). {@code productName} is null until a receipt named the product.
 */
public record InventoryItemView(String sku,
                                String productName,
                                int threshold,
                                int onHand,
                                int reserved,
                                int available,
                                boolean lowStock,
                                List<WarehouseStockView> warehouses) {
}
