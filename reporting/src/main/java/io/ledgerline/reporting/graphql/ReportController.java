package io.ledgerline.reporting.graphql;

import io.ledgerline.reporting.ReportingProperties;
import io.ledgerline.reporting.inventory.InventoryReports;
import io.ledgerline.reporting.inventory.LowStockSku;
import io.ledgerline.reporting.inventory.WarehouseInventoryStats;
import io.ledgerline.reporting.logistics.LogisticsReports;
import io.ledgerline.reporting.logistics.LogisticsStatsRow;
import io.ledgerline.reporting.period.ReportPeriod;
import io.ledgerline.reporting.period.ReportPeriods;
import io.ledgerline.reporting.sales.Granularity;
import io.ledgerline.reporting.sales.ProductRank;
import io.ledgerline.reporting.sales.RankBy;
import io.ledgerline.reporting.sales.RankingLimit;
import io.ledgerline.reporting.sales.SalesBreakdownRow;
import io.ledgerline.reporting.sales.SalesDimension;
import io.ledgerline.reporting.sales.SalesPoint;
import io.ledgerline.reporting.sales.SalesReports;
import io.ledgerline.reporting.sales.SalesSummary;
import java.util.ArrayList;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The report queries of the contract (ANA-1..ANA-5) and reporting's additions, read from the rollups. */
@Controller
class ReportController {

    private final ReportPeriods periods;
    private final SalesReports sales;
    private final LogisticsReports logistics;
    private final InventoryReports inventory;
    private final ReportingProperties properties;

    ReportController(ReportPeriods periods, SalesReports sales, LogisticsReports logistics, InventoryReports inventory,
                     ReportingProperties properties) {
        this.periods = periods;
        this.sales = sales;
        this.logistics = logistics;
        this.inventory = inventory;
        this.properties = properties;
    }

    @QueryMapping
    SalesSummary salesSummary(@Argument PeriodInput period) {
        return sales.summary(period(period));
    }

    @QueryMapping
    List<SalesPoint> salesOverTime(@Argument PeriodInput period, @Argument Granularity granularity) {
        ReportPeriod days = period(period);
        List<SalesPoint> points = new ArrayList<>();
        sales.overTime(days, granularity, points::add);
        return points;
    }

    @QueryMapping
    List<SalesBreakdownRow> salesBreakdown(@Argument PeriodInput period, @Argument SalesDimension by) {
        ReportPeriod days = period(period);
        List<SalesBreakdownRow> rows = new ArrayList<>();
        sales.breakdown(days, by, rows::add);
        return rows;
    }

    @QueryMapping
    List<ProductRank> topProducts(@Argument PeriodInput period, @Argument RankBy by, @Argument Integer limit) {
        ReportPeriod days = period(period);
        int top = RankingLimit.of(limit, properties.maxTopProducts());
        List<ProductRank> rows = new ArrayList<>();
        sales.topProducts(days, by, top, rows::add);
        return rows;
    }

    @QueryMapping
    List<LogisticsStatsRow> logisticsStats(@Argument PeriodInput period) {
        ReportPeriod days = period(period);
        List<LogisticsStatsRow> rows = new ArrayList<>();
        logistics.stats(days, rows::add);
        return rows;
    }

    @QueryMapping
    List<WarehouseInventoryStats> inventoryStats(@Argument PeriodInput period) {
        ReportPeriod days = period(period);
        List<WarehouseInventoryStats> rows = new ArrayList<>();
        inventory.warehouses(days, rows::add);
        return rows;
    }

    @QueryMapping
    List<LowStockSku> lowStockSkus() {
        List<LowStockSku> rows = new ArrayList<>();
        inventory.lowStock(rows::add);
        return rows;
    }

    @QueryMapping
    String reportingZone() {
        return properties.zone().getId();
    }

    private ReportPeriod period(PeriodInput period) {
        return period == null ? periods.of(null, null) : periods.of(period.from(), period.to());
    }
}
