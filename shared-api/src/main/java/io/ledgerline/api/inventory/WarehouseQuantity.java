package io.ledgerline.api.inventory;

/** A quantity of one sku at one warehouse: one part of a reservation or a deduction (INV-3, INV-4). */
public record WarehouseQuantity(String warehouse, int quantity) {
}
