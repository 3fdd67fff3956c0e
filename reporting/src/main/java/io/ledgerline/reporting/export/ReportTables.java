package io.ledgerline.reporting.export;

import static io.ledgerline.reporting.export.ColumnType.DATE;
import static io.ledgerline.reporting.export.ColumnType.DECIMAL;
import static io.ledgerline.reporting.export.ColumnType.INSTANT;
import static io.ledgerline.reporting.export.ColumnType.INTEGER;
import static io.ledgerline.reporting.export.ColumnType.MONEY;
import static io.ledgerline.reporting.export.ColumnType.RATIO;
import static io.ledgerline.reporting.export.ColumnType.TEXT;

import io.ledgerline.reporting.ReportingProperties;
import io.ledgerline.reporting.inventory.InventoryReports;
import io.ledgerline.reporting.logistics.LogisticsReports;
import io.ledgerline.reporting.period.ReportArgumentException;
import io.ledgerline.reporting.period.ReportPeriod;
import io.ledgerline.reporting.period.ReportPeriods;
import io.ledgerline.reporting.sales.Granularity;
import io.ledgerline.reporting.sales.RankBy;
import io.ledgerline.reporting.sales.RankingLimit;
import io.ledgerline.reporting.sales.SalesDimension;
import io.ledgerline.reporting.sales.SalesReports;
import io.ledgerline.reporting.sales.SalesSummary;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Every exportable report (ANA-6) as a table whose columns are the fields of its GraphQL query and whose rows come
 * from the same readers, so an export holds exactly the figures GraphQL answers. Arguments are the query's, as
 * request parameters ({@code from} and {@code to} for the period); they are checked before anything is written.
 */
@Component
class ReportTables {

    private static final List<Column> FIGURES = List.of(new Column("orders", INTEGER), new Column("units", INTEGER),
            new Column("gmv", MONEY), new Column("averageOrderValue", MONEY), new Column("refunded", MONEY),
            new Column("refundRate", RATIO));

    private final ReportPeriods periods;
    private final SalesReports sales;
    private final LogisticsReports logistics;
    private final InventoryReports inventory;
    private final ReportingProperties properties;

    ReportTables(ReportPeriods periods, SalesReports sales, LogisticsReports logistics, InventoryReports inventory,
                 ReportingProperties properties) {
        this.periods = periods;
        this.sales = sales;
        this.logistics = logistics;
        this.inventory = inventory;
        this.properties = properties;
    }

    /** The report's table, or empty when there is no report of that name. */
    Optional<ReportTable> table(String report, Map<String, String> parameters) {
        return Optional.ofNullable(switch (report) {
            case "sales-summary" -> salesSummary(period(parameters));
            case "sales-over-time" -> salesOverTime(period(parameters),
                    choice(parameters, "granularity", Granularity.class));
            case "sales-breakdown" -> salesBreakdown(period(parameters), choice(parameters, "by", SalesDimension.class));
            case "top-products" -> topProducts(period(parameters), choice(parameters, "by", RankBy.class),
                    limit(parameters));
            case "logistics-stats" -> logisticsStats(period(parameters));
            case "inventory-stats" -> inventoryStats(period(parameters));
            case "low-stock-skus" -> lowStockSkus();
            default -> null;
        });
    }

    private ReportTable salesSummary(ReportPeriod period) {
        return new ReportTable("sales-summary", FIGURES, row -> {
            SalesSummary summary = sales.summary(period);
            row.accept(List.of(summary.orders(), summary.units(), summary.gmv(), summary.averageOrderValue(),
                    summary.refunded(), summary.refundRate()));
        });
    }

    private ReportTable salesOverTime(ReportPeriod period, Granularity granularity) {
        return new ReportTable("sales-over-time", with(List.of(new Column("period", INSTANT), new Column("day", DATE)), FIGURES),
                row -> sales.overTime(period, granularity, point -> row.accept(List.of(point.period(), point.day(),
                        point.orders(), point.units(), point.gmv(), point.averageOrderValue(), point.refunded(),
                        point.refundRate()))));
    }

    private ReportTable salesBreakdown(ReportPeriod period, SalesDimension by) {
        return new ReportTable("sales-breakdown", with(List.of(new Column("key", TEXT)),
                with(FIGURES, List.of(new Column("share", RATIO)))),
                row -> sales.breakdown(period, by, line -> row.accept(List.of(line.key(), line.orders(), line.units(),
                        line.gmv(), line.averageOrderValue(), line.refunded(), line.refundRate(), line.share()))));
    }

    private ReportTable topProducts(ReportPeriod period, RankBy by, int limit) {
        return new ReportTable("top-products", List.of(new Column("sku", TEXT), new Column("productName", TEXT),
                new Column("units", INTEGER), new Column("revenue", MONEY)),
                row -> sales.topProducts(period, by, limit, rank -> row.accept(List.of(rank.sku(), rank.productName(),
                        rank.units(), rank.revenue()))));
    }

    private ReportTable logisticsStats(ReportPeriod period) {
        return new ReportTable("logistics-stats", List.of(new Column("type", TEXT), new Column("severity", TEXT),
                new Column("count", INTEGER), new Column("escalated", INTEGER), new Column("resolved", INTEGER),
                new Column("meanMinutesToResolve", DECIMAL)),
                row -> logistics.stats(period, stats -> row.accept(Arrays.asList(stats.type(), stats.severity(),
                        stats.count(), stats.escalated(), stats.resolved(), stats.meanMinutesToResolve()))));
    }

    private ReportTable inventoryStats(ReportPeriod period) {
        return new ReportTable("inventory-stats", List.of(new Column("warehouse", TEXT), new Column("skus", INTEGER),
                new Column("onHand", INTEGER), new Column("reserved", INTEGER), new Column("available", INTEGER),
                new Column("reservedShare", RATIO), new Column("stocktakes", INTEGER), new Column("shortages", INTEGER),
                new Column("surpluses", INTEGER), new Column("unitsShort", INTEGER), new Column("unitsOver", INTEGER)),
                row -> inventory.warehouses(period, stats -> row.accept(List.of(stats.warehouse(), stats.skus(),
                        stats.onHand(), stats.reserved(), stats.available(), stats.reservedShare(), stats.stocktakes(),
                        stats.shortages(), stats.surpluses(), stats.unitsShort(), stats.unitsOver()))));
    }

    private ReportTable lowStockSkus() {
        return new ReportTable("low-stock-skus", List.of(new Column("sku", TEXT), new Column("productName", TEXT),
                new Column("available", INTEGER), new Column("threshold", INTEGER)),
                row -> inventory.lowStock(sku -> row.accept(Arrays.asList(sku.sku(), sku.productName(), sku.available(),
                        sku.threshold()))));
    }

    private ReportPeriod period(Map<String, String> parameters) {
        return periods.of(instant(parameters, "from"), instant(parameters, "to"));
    }

    private static Instant instant(Map<String, String> parameters, String name) {
        String value = parameters.get(name);
        if (value == null || value.isBlank()) {
            throw new ReportArgumentException("INVALID_PERIOD", List.of("period", name),
                    "the period needs '" + name + "', an ISO-8601 instant such as 2026-11-22T16:00:00Z");
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new ReportArgumentException("INVALID_PERIOD", List.of("period", name),
                    "'" + name + "' is not an ISO-8601 instant such as 2026-11-22T16:00:00Z: " + value);
        }
    }

    private static <E extends Enum<E>> E choice(Map<String, String> parameters, String name, Class<E> type) {
        String value = parameters.get(name);
        try {
            return Enum.valueOf(type, value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            throw new ReportArgumentException("INVALID_ARGUMENT", List.of(name), "'" + name + "' must be one of "
                    + Arrays.toString(type.getEnumConstants()) + (value == null ? "" : ", not " + value));
        }
    }

    private int limit(Map<String, String> parameters) {
        String value = parameters.get("limit");
        try {
            return RankingLimit.of(value == null ? null : Integer.valueOf(value), properties.maxTopProducts());
        } catch (NumberFormatException e) {
            throw new ReportArgumentException("INVALID_ARGUMENT", List.of("limit"), "limit must be a whole number, not " + value);
        }
    }

    private static List<Column> with(List<Column> first, List<Column> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
