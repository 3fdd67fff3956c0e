package io.ledgerline.reporting.sales;

import java.util.Map;
import java.util.TreeMap;

/** The rollup tables as plain maps: what the projection added, row by row. */
class InMemorySalesRollups implements SalesRollupRows {

    final Map<RollupKey, SalesMeasures> sales = new TreeMap<>();
    final Map<ProductKey, ProductMeasures> products = new TreeMap<>();

    @Override
    public void add(SalesContributions delta) {
        delta.sales().forEach((key, measures) -> sales.merge(key, measures, SalesMeasures::plus));
        delta.products().forEach((key, measures) -> products.merge(key, measures, ProductMeasures::plus));
    }

    @Override
    public void deleteAll() {
        sales.clear();
        products.clear();
    }

    /** The rows that hold something (a status an order left keeps a row of zeros, as in PostgreSQL). */
    Map<RollupKey, SalesMeasures> nonZeroSales() {
        Map<RollupKey, SalesMeasures> rows = new TreeMap<>(sales);
        rows.values().removeIf(SalesMeasures::isZero);
        return rows;
    }
}
