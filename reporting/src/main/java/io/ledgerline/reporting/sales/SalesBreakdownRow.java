package io.ledgerline.reporting.sales;

import java.math.BigDecimal;

/**
 * The GraphQL {@code SalesBreakdown}: the figures of one channel, status, province or category (ANA-2); {@code share}
 * is its part of the period's GMV.
 */
public record SalesBreakdownRow(String key, int orders, int units, BigDecimal gmv, BigDecimal averageOrderValue,
                                BigDecimal refunded, double refundRate, double share) {
}
