package io.ledgerline.reporting.sales;

import java.math.BigDecimal;

/** The GraphQL {@code ProductRank}: a sku's units and revenue in a period (ANA-3). */
public record ProductRank(String sku, String productName, int units, BigDecimal revenue) {
}
