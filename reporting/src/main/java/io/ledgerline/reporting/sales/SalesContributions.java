package io.ledgerline.reporting.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What one order adds to the rollups (docs/metrics.md): once paid, one order with its units and value on its payment
 * day, in the total and under its channel, province, current status and each of its categories, and its lines under
 * their skus; each completed refund on its completion day, under the same keys (split across categories by
 * {@link RefundSplit}). The projection adds {@code after.minus(before)} for every event, so the rollups always equal
 * the sum of the contributions of every order as it is now (D42).
 */
final class SalesContributions {

    private static final SalesContributions NONE = new SalesContributions(new TreeMap<>(), new TreeMap<>());

    private final SortedMap<RollupKey, SalesMeasures> sales;
    private final SortedMap<ProductKey, ProductMeasures> products;

    private SalesContributions(SortedMap<RollupKey, SalesMeasures> sales, SortedMap<ProductKey, ProductMeasures> products) {
        this.sales = sales;
        this.products = products;
    }

    static SalesContributions none() {
        return NONE;
    }

    static SalesContributions of(OrderSales order, Function<java.time.Instant, LocalDate> dayOf) {
        SortedMap<RollupKey, SalesMeasures> sales = new TreeMap<>();
        SortedMap<ProductKey, ProductMeasures> products = new TreeMap<>();
        if (order.isPaid()) {
            LocalDate day = dayOf.apply(order.paidAt());
            SalesMeasures sale = SalesMeasures.sale(order.units(), order.paidAmount());
            for (RollupKey key : orderKeys(order, day)) {
                sales.merge(key, sale, SalesMeasures::plus);
            }
            Map<String, SalesMeasures> categories = new TreeMap<>();
            for (SoldLine line : order.lines()) {
                categories.merge(line.category(), new SalesMeasures(0, line.quantity(), line.lineTotal(), BigDecimal.ZERO),
                        SalesMeasures::plus);
                products.merge(new ProductKey(day, line.sku()),
                        new ProductMeasures(line.productName(), line.quantity(), line.lineTotal()), ProductMeasures::plus);
            }
            categories.forEach((category, measures) -> sales.merge(RollupKey.of(SalesDimension.CATEGORY, day, category),
                    new SalesMeasures(1, measures.units(), measures.gmv(), BigDecimal.ZERO), SalesMeasures::plus));
        }
        for (CompletedRefund refund : order.refunds()) {
            LocalDate day = dayOf.apply(refund.completedAt());
            for (RollupKey key : orderKeys(order, day)) {
                sales.merge(key, SalesMeasures.refund(refund.amount()), SalesMeasures::plus);
            }
            RefundSplit.byCategory(refund.amount(), refund.skus(), order.lines()).forEach((category, part) ->
                    sales.merge(RollupKey.of(SalesDimension.CATEGORY, day, category), SalesMeasures.refund(part),
                            SalesMeasures::plus));
        }
        return new SalesContributions(sales, products);
    }

    private static RollupKey[] orderKeys(OrderSales order, LocalDate day) {
        return new RollupKey[] {RollupKey.total(day), RollupKey.of(SalesDimension.CHANNEL, day, order.channel()),
                RollupKey.of(SalesDimension.STATUS, day, order.status()),
                RollupKey.of(SalesDimension.REGION, day, order.province())};
    }

    /** This order's contributions less those it had before: what the rollups must add. Unchanged rows are left out. */
    SalesContributions minus(SalesContributions before) {
        SortedMap<RollupKey, SalesMeasures> sales = new TreeMap<>(this.sales);
        before.sales.forEach((key, measures) -> sales.merge(key, measures.negate(), SalesMeasures::plus));
        sales.values().removeIf(SalesMeasures::isZero);
        SortedMap<ProductKey, ProductMeasures> products = new TreeMap<>(this.products);
        before.products.forEach((key, measures) -> products.merge(key, measures.negate(), (now, was) ->
                new ProductMeasures(now.productName(), now.units() + was.units(), now.revenue().add(was.revenue()))));
        products.values().removeIf(ProductMeasures::isZero);
        return new SalesContributions(sales, products);
    }

    SortedMap<RollupKey, SalesMeasures> sales() {
        return Collections.unmodifiableSortedMap(sales);
    }

    SortedMap<ProductKey, ProductMeasures> products() {
        return Collections.unmodifiableSortedMap(products);
    }

    boolean isEmpty() {
        return sales.isEmpty() && products.isEmpty();
    }

    boolean touches(LocalDate day) {
        return sales.keySet().stream().anyMatch(key -> key.day().equals(day));
    }
}
