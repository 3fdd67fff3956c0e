package io.ledgerline.reporting.sales;

import java.math.BigDecimal;

/** The GraphQL {@code SalesSummary}: a period's paid orders, units, GMV, average order value and refunds (ANA-1). */
public record SalesSummary(int orders, int units, BigDecimal gmv, BigDecimal averageOrderValue, BigDecimal refunded,
                           double refundRate) {

    static SalesSummary of(long orders, long units, BigDecimal gmv, BigDecimal refunded) {
        return new SalesSummary(Math.toIntExact(orders), Math.toIntExact(units), gmv.setScale(2),
                Ratios.averageOrderValue(gmv, orders), refunded.setScale(2), Ratios.ratio(refunded, gmv));
    }
}
