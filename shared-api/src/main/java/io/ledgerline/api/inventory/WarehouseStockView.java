package io.ledgerline.api.inventory;

/**
 * One warehouse's stock of a sku (the GraphQL {@code WarehouseStock} type), from the inventory read model.
 * {@code available} is on-hand not reserved, 0 and never negative when a stocktake counted less than is
 * reserved there (INV-3, INV-5).
 */
public record WarehouseStockView(String warehouse, int onHand, int reserved, int available) {
}
