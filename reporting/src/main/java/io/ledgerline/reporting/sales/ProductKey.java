package io.ledgerline.reporting.sales;

import java.time.LocalDate;
import java.util.Comparator;

/** One row of {@code product_daily}: a sku on a payment day. */
record ProductKey(LocalDate day, String sku) implements Comparable<ProductKey> {

    private static final Comparator<ProductKey> ORDER = Comparator.comparing(ProductKey::day).thenComparing(ProductKey::sku);

    @Override
    public int compareTo(ProductKey other) {
        return ORDER.compare(this, other);
    }
}
