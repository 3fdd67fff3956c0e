package io.ledgerline.reporting.sales;

import io.ledgerline.reporting.ReportJdbc;
import io.ledgerline.reporting.ReportingClock;
import io.ledgerline.reporting.period.ReportPeriod;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Reads the sales rollups for the report queries and exports (ANA-1..ANA-3); rows are handed over one by one. */
@Service
public class SalesReports {

    private final JdbcTemplate jdbc;
    private final ReportingClock clock;

    SalesReports(ReportJdbc jdbc, ReportingClock clock) {
        this.jdbc = jdbc.template();
        this.clock = clock;
    }

    public SalesSummary summary(ReportPeriod period) {
        return jdbc.queryForObject("""
                        select coalesce(sum(orders), 0), coalesce(sum(units), 0), coalesce(sum(gmv), 0), coalesce(sum(refunded), 0)
                        from sales_daily where dimension = 'TOTAL' and day >= ? and day < ?""",
                (rs, n) -> SalesSummary.of(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3), rs.getBigDecimal(4)),
                Date.valueOf(period.firstDay()), Date.valueOf(period.endDay()));
    }

    /** Every bucket of the period in order, those without sales included (with zeros). */
    public void overTime(ReportPeriod period, Granularity granularity, Consumer<SalesPoint> points) {
        Map<LocalDate, Sums> buckets = new TreeMap<>();
        jdbc.query("""
                        select day, orders, units, gmv, refunded from sales_daily
                        where dimension = 'TOTAL' and day >= ? and day < ?""",
                rs -> {
                    buckets.merge(granularity.bucketOf(rs.getDate(1).toLocalDate()),
                            new Sums(rs.getLong(2), rs.getLong(3), rs.getBigDecimal(4), rs.getBigDecimal(5)), Sums::plus);
                },
                Date.valueOf(period.firstDay()), Date.valueOf(period.endDay()));
        for (LocalDate bucket = granularity.bucketOf(period.firstDay()); bucket.isBefore(period.endDay());
             bucket = granularity.next(bucket)) {
            points.accept(SalesPoint.of(clock.startOf(bucket), bucket, buckets.getOrDefault(bucket, Sums.ZERO).summary()));
        }
    }

    /** The keys with sales or refunds in the period, largest GMV first (then by key). */
    public void breakdown(ReportPeriod period, SalesDimension by, Consumer<SalesBreakdownRow> rows) {
        BigDecimal total = summary(period).gmv();
        jdbc.query("""
                        select key, sum(orders), sum(units), sum(gmv), sum(refunded) from sales_daily
                        where dimension = ? and day >= ? and day < ?
                        group by key having sum(orders) <> 0 or sum(refunded) <> 0
                        order by sum(gmv) desc, key""",
                rs -> {
                    SalesSummary figures = SalesSummary.of(rs.getLong(2), rs.getLong(3), rs.getBigDecimal(4), rs.getBigDecimal(5));
                    rows.accept(new SalesBreakdownRow(rs.getString(1), figures.orders(), figures.units(), figures.gmv(),
                            figures.averageOrderValue(), figures.refunded(), figures.refundRate(),
                            Ratios.ratio(figures.gmv(), total)));
                },
                by.name(), Date.valueOf(period.firstDay()), Date.valueOf(period.endDay()));
    }

    /** The {@code limit} best-selling skus, by revenue or units (ties: the other figure, then the sku). */
    public void topProducts(ReportPeriod period, RankBy by, int limit, Consumer<ProductRank> rows) {
        String order = by == RankBy.REVENUE ? "sum(revenue) desc, sum(units) desc" : "sum(units) desc, sum(revenue) desc";
        jdbc.query("""
                        select sku, (array_agg(product_name order by day desc))[1], sum(units), sum(revenue)
                        from product_daily where day >= ? and day < ?
                        group by sku having sum(units) <> 0
                        order by %s, sku limit ?""".formatted(order),
                rs -> {
                    rows.accept(new ProductRank(rs.getString(1), rs.getString(2), Math.toIntExact(rs.getLong(3)),
                            rs.getBigDecimal(4).setScale(2)));
                },
                Date.valueOf(period.firstDay()), Date.valueOf(period.endDay()), limit);
    }

    private record Sums(long orders, long units, BigDecimal gmv, BigDecimal refunded) {

        static final Sums ZERO = new Sums(0, 0, BigDecimal.ZERO, BigDecimal.ZERO);

        Sums plus(Sums other) {
            return new Sums(orders + other.orders, units + other.units, gmv.add(other.gmv), refunded.add(other.refunded));
        }

        SalesSummary summary() {
            return SalesSummary.of(orders, units, gmv, refunded);
        }
    }
}
