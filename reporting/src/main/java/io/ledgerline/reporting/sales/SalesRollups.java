package io.ledgerline.reporting.sales;

import java.sql.Date;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Adds contributions to {@code sales_daily} and {@code product_daily}, row by row in key order (no deadlocks, D42). */
@Repository
class SalesRollups implements SalesRollupRows {

    private final JdbcClient jdbc;

    SalesRollups(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(SalesContributions delta) {
        delta.sales().forEach((key, measures) -> jdbc.sql("""
                        insert into sales_daily as s (dimension, day, key, orders, units, gmv, refunded)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (dimension, day, key) do update
                        set orders = s.orders + excluded.orders, units = s.units + excluded.units,
                            gmv = s.gmv + excluded.gmv, refunded = s.refunded + excluded.refunded""")
                .params(key.dimension(), Date.valueOf(key.day()), key.key(), measures.orders(), measures.units(),
                        measures.gmv(), measures.refunded()).update());
        delta.products().forEach((key, measures) -> jdbc.sql("""
                        insert into product_daily as p (day, sku, product_name, units, revenue) values (?, ?, ?, ?, ?)
                        on conflict (day, sku) do update
                        set product_name = excluded.product_name, units = p.units + excluded.units,
                            revenue = p.revenue + excluded.revenue""")
                .params(Date.valueOf(key.day()), key.sku(), measures.productName(), measures.units(), measures.revenue())
                .update());
    }

    @Override
    public void deleteAll() {
        jdbc.sql("truncate sales_daily, product_daily").update();
    }
}
