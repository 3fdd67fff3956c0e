package io.ledgerline.app.reporting;

import static io.ledgerline.app.reporting.ReportingTestSupport.awaitEqual;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.app.simulator.SimulatedHistory;
import io.ledgerline.app.simulator.SimulatedHistoryIntegrationTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The reports after the simulator's workload ({@link SimulatedHistory}: every activity of the shop, backdated over
 * twelve days) equal the same figures computed directly from the stored events, and the exports hold them too.
 * Where {@link ReportsIntegrationTest} checks hand-made cases, this checks the mix the dashboards are shown.
 */
class SimulatedHistoryReportsTest extends SimulatedHistoryIntegrationTest {

    @LocalServerPort
    int port;

    private ReportQueries reports;
    /** The simulated days in the reporting zone, and the weeks after them, when deadlines still fire. */
    private LocalDate from;
    private LocalDate to;

    @BeforeEach
    void runTheSimulation() {
        simulatedHistory();
        reports = new ReportQueries(port);
        from = SimulatedHistory.OPTIONS.from().atZone(reports.zone()).toLocalDate();
        to = SimulatedHistory.UNTIL.atZone(reports.zone()).toLocalDate().plusWeeks(6);
    }

    @Test
    @DisplayName("ANA-1, ANA-2, ANA-3: after a simulated span, sales by day, week and month, every breakdown and the product "
            + "ranking equal a direct computation from the events")
    void salesEqualTheEvents() {
        awaitEqual(() -> {
            DirectReports direct = direct();
            assertThat(reports.summary(from, to)).isEqualTo(direct.summary(from, to));
            for (String granularity : List.of("DAY", "WEEK", "MONTH")) {
                assertThat(reports.overTime(from, to, granularity)).as(granularity).isEqualTo(direct.overTime(from, to, granularity));
            }
            for (String dimension : List.of("CHANNEL", "STATUS", "REGION", "CATEGORY")) {
                assertThat(reports.breakdown(from, to, dimension)).as(dimension).isEqualTo(direct.breakdown(from, to, dimension));
            }
            for (String by : List.of("REVENUE", "UNITS")) {
                List<Map<String, Object>> all = direct.topProducts(from, to, by);
                assertThat(reports.topProducts(from, to, by, 1000)).as(by).isEqualTo(all);
                assertThat(reports.topProducts(from, to, by, 5)).as(by).isEqualTo(all.subList(0, 5));
            }
        });
        Map<String, Object> summary = reports.summary(from, to);
        assertThat((Integer) summary.get("orders")).as("orders paid in the span").isGreaterThan(100);
        assertThat(new BigDecimal((String) summary.get("refunded"))).as("refunds completed in the span").isPositive();
        assertThat(reports.breakdown(from, to, "CHANNEL")).as("channels").hasSizeGreaterThanOrEqualTo(4);
        assertThat(reports.breakdown(from, to, "REGION")).as("provinces").hasSizeGreaterThanOrEqualTo(8);
        assertThat(reports.breakdown(from, to, "CATEGORY")).as("categories").hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    @DisplayName("ANA-4, ANA-5: after a simulated span, logistics exceptions, stock per warehouse, stocktakes and the "
            + "low-stock list equal a direct computation from the events")
    void logisticsAndStockEqualTheEvents() {
        awaitEqual(() -> {
            DirectReports direct = direct();
            assertThat(reports.logistics(from, to)).isEqualTo(direct.logistics(from, to));
            assertThat(reports.inventory(from, to)).isEqualTo(direct.inventory(from, to));
            assertThat(reports.lowStock()).isEqualTo(direct.lowStock());
        });
        assertThat(reports.logistics(from, to)).as("exception types and severities").hasSizeGreaterThan(1)
                .anySatisfy(row -> assertThat((Integer) row.get("resolved")).isPositive());
        assertThat(reports.inventory(from, to)).as("warehouses").hasSizeGreaterThanOrEqualTo(4)
                .anySatisfy(row -> assertThat((Integer) row.get("stocktakes")).isPositive());
    }

    @Test
    @DisplayName("ANA-6: after a simulated span, every report's CSV and XLSX export holds the figures of its GraphQL query")
    void exportsHoldTheSameFigures() throws Exception {
        awaitEqual(() -> assertThat(reports.summary(from, to)).isEqualTo(direct().summary(from, to)));
        new ReportExports(port, reports).everyReportEqualsGraphQl(from, to, true);
    }

    private DirectReports direct() {
        return new DirectReports(StoredEvents.all(jdbc), reports.zone());
    }
}
