package io.ledgerline.api.order;

import io.ledgerline.api.common.Money;

/** One line of an order (ORD-1): a sku, what it is, its unit price and quantity. */
public record OrderLine(String sku, String productName, String category, Money unitPrice, int quantity) {

    public Money lineTotal() {
        return unitPrice.times(quantity);
    }
}
