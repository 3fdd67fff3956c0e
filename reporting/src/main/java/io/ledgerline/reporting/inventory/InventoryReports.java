package io.ledgerline.reporting.inventory;

import io.ledgerline.reporting.ReportJdbc;
import io.ledgerline.reporting.period.ReportPeriod;
import io.ledgerline.reporting.sales.Ratios;
import java.sql.Timestamp;
import java.util.function.Consumer;
import io.ledgerline.reporting.ReportingClock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Reads the inventory statistics (ANA-5): stock per warehouse with its stocktakes in a period, and low-stock skus. */
@Service
public class InventoryReports {

    private final JdbcTemplate jdbc;
    private final ReportingClock clock;

    InventoryReports(ReportJdbc jdbc, ReportingClock clock) {
        this.jdbc = jdbc.template();
        this.clock = clock;
    }

    /** Every warehouse that holds or held stock, or was counted in the period, by name. */
    public void warehouses(ReportPeriod period, Consumer<WarehouseInventoryStats> rows) {
        jdbc.query("""
                        with stock as (
                            select warehouse, count(*) filter (where on_hand > 0) as skus, sum(on_hand) as on_hand,
                                   sum(reserved) as reserved, sum(greatest(0, on_hand - reserved)) as available
                            from inventory_warehouse_stats group by warehouse),
                        counts as (
                            select warehouse, count(*) as stocktakes, count(*) filter (where difference < 0) as shortages,
                                   count(*) filter (where difference > 0) as surpluses,
                                   coalesce(-sum(difference) filter (where difference < 0), 0) as units_short,
                                   coalesce(sum(difference) filter (where difference > 0), 0) as units_over
                            from inventory_stocktake_fact where counted_at >= ? and counted_at < ? group by warehouse)
                        select coalesce(s.warehouse, c.warehouse), coalesce(s.skus, 0), coalesce(s.on_hand, 0),
                               coalesce(s.reserved, 0), coalesce(s.available, 0), coalesce(c.stocktakes, 0),
                               coalesce(c.shortages, 0), coalesce(c.surpluses, 0), coalesce(c.units_short, 0),
                               coalesce(c.units_over, 0)
                        from stock s full join counts c on c.warehouse = s.warehouse
                        order by 1""",
                rs -> {
                    long onHand = rs.getLong(3);
                    long reserved = rs.getLong(4);
                    rows.accept(new WarehouseInventoryStats(rs.getString(1), rs.getInt(2), Math.toIntExact(onHand),
                            Math.toIntExact(reserved), rs.getInt(5), Ratios.ratio(reserved, onHand), rs.getInt(6),
                            rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10)));
                },
                Timestamp.from(clock.startOf(period.firstDay())), Timestamp.from(clock.startOf(period.endDay())));
    }

    /** The skus whose low-stock alert is raised, least available first. */
    public void lowStock(Consumer<LowStockSku> rows) {
        jdbc.query("""
                        select i.sku, i.product_name, coalesce(sum(greatest(0, w.on_hand - w.reserved)), 0), i.threshold
                        from inventory_sku_stats i left join inventory_warehouse_stats w on w.sku = i.sku
                        where i.low_stock group by i.sku order by 3, 1""",
                rs -> {
                    rows.accept(new LowStockSku(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4)));
                });
    }
}
