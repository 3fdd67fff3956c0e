package io.ledgerline.reporting.sales;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The GraphQL {@code SalesPoint}: the figures of one day, week or month; {@code period} is the instant the bucket
 * starts ({@code day} is that date in the reporting zone).
 */
public record SalesPoint(Instant period, LocalDate day, int orders, int units, BigDecimal gmv,
                         BigDecimal averageOrderValue, BigDecimal refunded, double refundRate) {

    static SalesPoint of(Instant period, LocalDate day, SalesSummary figures) {
        return new SalesPoint(period, day, figures.orders(), figures.units(), figures.gmv(), figures.averageOrderValue(),
                figures.refunded(), figures.refundRate());
    }
}
