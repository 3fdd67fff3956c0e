package io.ledgerline.api.inventory;

/**
 * A page of inventory items in sku order; answers a list of {@link InventoryItemView}. With
 * {@code lowStockOnly} only skus whose low-stock alert is raised (INV-7). {@code afterSku} is the last sku of
 * the previous page (null for the first page): the page starts after it (keyset, no offset). {@code first}
 * is at most {@value #MAX_PAGE_SIZE}; a larger one is capped, a negative one refused.
 */
public record ListInventoryItemsQuery(boolean lowStockOnly, int first, String afterSku) {

    /** The largest page the read model serves at once. */
    public static final int MAX_PAGE_SIZE = 100;

    public ListInventoryItemsQuery {
        if (first < 0) {
            throw new IllegalArgumentException("first must not be negative: " + first);
        }
        first = Math.min(first, MAX_PAGE_SIZE);
    }
}
