package io.ledgerline.api.inventory;

/** Find one sku's stock (INV-1..INV-7); answers an {@link InventoryItemView} or nothing. */
public record FindInventoryItemQuery(String sku) {
}
