package io.ledgerline.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ledgerline.app.GraphQlClients;
import io.ledgerline.app.OrderJourneys;
import io.ledgerline.app.simulator.SimulatedHistory;
import io.ledgerline.app.simulator.SimulatedHistoryIntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dashboard after the simulator has run ({@link SimulatedHistory}): over the simulated days, by day and by week,
 * every card shows what the report queries answer and every export link holds the same; a new paid order moves the
 * live ticker. Screenshot: target/dashboard-simulated.png.
 */
class SimulatedHistoryDashboardTest extends SimulatedHistoryIntegrationTest {

    private static final Duration CATCH_UP = Duration.ofSeconds(60);

    @RegisterExtension
    static final BrowserSession chromium = new BrowserSession();

    @LocalServerPort
    int port;

    @Test
    @DisplayName("ANA-1..ANA-6: after the simulator runs, the dashboard shows its history as the report queries and the "
            + "exports do, by day and by week, and a new order moves the live ticker")
    void dashboardShowsTheSimulatedHistory() {
        simulatedHistory();
        DashboardPage page = new DashboardPage(chromium.browser(), port);
        page.signIn("finance", "/dashboard/");
        ZoneId zone = ZoneId.of((String) page.query("{ reportingZone }", Map.of()).get("reportingZone"));
        LocalDate first = SimulatedHistory.OPTIONS.from().atZone(zone).toLocalDate();
        LocalDate last = SimulatedHistory.UNTIL.atZone(zone).toLocalDate();
        Map<String, Object> period = DashboardPage.period(zone, first, last.plusDays(1));
        awaitReportsCaughtUp();

        page.pickPeriod(first, last, "WEEK");
        page.showsTheReports(period, "WEEK");
        page.exportsHoldTheReports(period, "WEEK");
        assertThat((Integer) page.summary(period).get("orders")).as("the simulated orders paid in the span").isGreaterThan(100);

        page.pickPeriod(first, last, "DAY");
        page.showsTheReports(period, "DAY");
        page.screenshot("dashboard-simulated.png");

        int ordersBefore = page.tickerOrders();
        new OrderJourneys(commands, jdbc).paidTeaSet();
        page.awaitTickerShowsToday(zone, ordersBefore);
        assertThat(page.browserErrors()).as("errors in the browser console").isEmpty();
    }

    /** Waits until the reporting projections have processed every event stored (their lag, as an admin sees it, is 0). */
    private void awaitReportsCaughtUp() {
        await().atMost(CATCH_UP).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            List<Map<String, Object>> projections = GraphQlClients.http(port).document("{ projections { name lag } }")
                    .retrieveSync("projections").toEntityList(new ParameterizedTypeReference<>() { });
            assertThat(projections).filteredOn(projection -> ((String) projection.get("name")).startsWith("reporting-"))
                    .hasSize(3).allSatisfy(projection -> assertThat(projection.get("lag")).asString().isEqualTo("0"));
        });
    }
}
