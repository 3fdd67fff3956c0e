package io.ledgerline.reporting.sales;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * One row of {@code sales_daily}: a day, a dimension ({@code TOTAL} or a {@link SalesDimension}) and its key. Rows
 * are updated in this order, so concurrent segments lock shared rows in one order and never deadlock.
 */
record RollupKey(String dimension, LocalDate day, String key) implements Comparable<RollupKey> {

    static final String TOTAL = "TOTAL";
    static final String ALL = "ALL";

    private static final Comparator<RollupKey> ORDER = Comparator.comparing(RollupKey::dimension)
            .thenComparing(RollupKey::day).thenComparing(RollupKey::key);

    static RollupKey total(LocalDate day) {
        return new RollupKey(TOTAL, day, ALL);
    }

    static RollupKey of(SalesDimension dimension, LocalDate day, String key) {
        return new RollupKey(dimension.name(), day, key);
    }

    @Override
    public int compareTo(RollupKey other) {
        return ORDER.compare(this, other);
    }
}
