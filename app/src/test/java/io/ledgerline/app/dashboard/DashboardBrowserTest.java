package io.ledgerline.app.dashboard;

import static io.ledgerline.app.dashboard.DashboardPage.PAGE_TIMEOUT;
import static io.ledgerline.app.dashboard.DashboardWorkload.FIRST_DAY;
import static io.ledgerline.app.dashboard.DashboardWorkload.LAST_DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ledgerline.app.LedgerlineIntegrationTest;
import io.ledgerline.app.MutableClock;
import io.ledgerline.app.OrderJourneys;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dashboard in a real headless Chromium, on a small workload whose figures are known by hand: signed in through
 * the form, it must show for a period picked in it exactly what the report queries answer (and those are the
 * figures worked out in {@link DashboardWorkload}), link exports with the same figures, and move its live ticker when
 * an order is paid. A user whose role may not see sales gets a message in those cards and the rest of the page
 * still works. Screenshots go to target/dashboard*.png. Without chromium and chromedriver installed this test fails
 * (see {@link HeadlessChromium}). {@link SimulatedHistoryDashboardTest} shows it the simulator's history.
 */
class DashboardBrowserTest extends LedgerlineIntegrationTest {

    private static final Duration CATCH_UP = Duration.ofSeconds(60);

    @RegisterExtension
    static final BrowserSession chromium = new BrowserSession();

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    private DashboardPage page;

    @BeforeEach
    void openPage() {
        page = new DashboardPage(chromium.browser(), port);
    }

    @Test
    @DisplayName("ANA-1..ANA-6: the dashboard shows the report queries' figures for the period picked, links equal exports, and its ticker moves with a new paid order")
    void dashboardShowsTheReports() {
        page.signIn("finance", "/dashboard/");
        ZoneId zone = ZoneId.of((String) page.query("{ reportingZone }", Map.of()).get("reportingZone"));
        new DashboardWorkload(commands, jdbc, clock, zone).run();
        Map<String, Object> period = DashboardPage.period(zone, FIRST_DAY, LAST_DAY.plusDays(1));
        await().atMost(CATCH_UP).untilAsserted(() -> {
            assertThat(page.summary(period)).containsEntry("orders", DashboardWorkload.PAID_ORDERS)
                    .containsEntry("gmv", DashboardWorkload.GMV).containsEntry("refunded", DashboardWorkload.REFUNDED);
            assertThat(page.list("query($p: Period!) { logisticsStats(period: $p) { count } }", Map.of("p", period))).isNotEmpty();
        });

        page.pickPeriod(FIRST_DAY, LAST_DAY, "DAY");
        page.showsTheReports(period, "DAY");
        assertThat(page.list("{ lowStockSkus { sku } }", Map.of()))
                .anySatisfy(row -> assertThat((String) row.get("sku")).startsWith("DASH-SCARF-"));
        page.exportsHoldTheReports(period, "DAY");

        int ordersBefore = page.tickerOrders();
        int updatesBefore = page.tickerUpdates();
        new OrderJourneys(commands, jdbc).paidTeaSet();
        page.awaitTickerShowsToday(zone, ordersBefore);
        assertThat(page.tickerUpdates()).isGreaterThan(updatesBefore);

        page.screenshot("dashboard.png");
        assertThat(page.browserErrors()).as("errors in the browser console").isEmpty();
    }

    @Test
    @DisplayName("SEC-2: a warehouse user sees logistics and stock on the dashboard, and a clear message instead of sales; signing out ends the session")
    void aRoleSeesWhatItMay() {
        page.signIn("warehouse", "/");
        await().atMost(PAGE_TIMEOUT).untilAsserted(() -> {
            assertThat(page.state("summary")).isEqualTo("forbidden");
            assertThat(page.state("overTime")).isEqualTo("forbidden");
            assertThat(page.state("topProducts")).isEqualTo("forbidden");
            assertThat(page.state("ticker")).isEqualTo("forbidden");
            assertThat(page.state("logistics")).isEqualTo("ready");
            assertThat(page.state("lowStock")).isEqualTo("ready");
            assertThat(page.state("warehouses")).isEqualTo("ready");
        });
        assertThat(page.card("summary").findElement(By.className("section-message")).getText()).contains("Your role may not see sales reports");
        assertThat(page.card("overTime").isDisplayed()).as("the other sales cards give way").isFalse();
        assertThat(page.card("summary").findElements(By.cssSelector(".exports a"))).allSatisfy(link -> assertThat(link.isDisplayed()).isFalse());
        assertThat(page.card("logistics").findElements(By.cssSelector(".exports a[data-format='csv']"))).singleElement()
                .satisfies(link -> assertThat(link.isDisplayed()).isTrue());
        page.screenshot("dashboard-warehouse.png");

        ChromeDriver browser = chromium.browser();
        browser.findElement(By.id("sign-out")).click();
        await().atMost(PAGE_TIMEOUT).until(() -> browser.getCurrentUrl().contains("/login?logout"));
        browser.get(page.url("/dashboard/"));
        assertThat(browser.getCurrentUrl()).as("signed out, the dashboard asks to sign in again").contains("/login");
    }
}
