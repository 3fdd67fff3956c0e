package io.ledgerline.reporting.sales;

/** What {@code topProducts} ranks by (ANA-3). */
public enum RankBy {
    REVENUE, UNITS
}
