package io.ledgerline.reporting.sales;

import java.math.BigDecimal;

/** One line of an order as the sales reports see it: what was sold, how many, for how much. */
record SoldLine(String sku, String productName, String category, int quantity, BigDecimal lineTotal) {
}
