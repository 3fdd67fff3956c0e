package io.ledgerline.app.dashboard;

import static io.ledgerline.app.dashboard.DashboardWorkload.FIRST_DAY;
import static io.ledgerline.app.dashboard.DashboardWorkload.LAST_DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ledgerline.app.GraphQlClients;
import io.ledgerline.app.LedgerlineIntegrationTest;
import io.ledgerline.app.MutableClock;
import io.ledgerline.app.OrderJourneys;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dashboard in a real headless Chromium: signed in through the form, it must show for a period picked in it exactly
 * what the report queries answer for that period (summary tiles, figures over time, breakdowns, top products,
 * logistics, low stock), link exports with the same figures, and move its live ticker when an order is paid. A user
 * whose role may not see sales gets a message in those cards and the rest of the page still works. Screenshots go to
 * target/dashboard*.png. Without chromium and chromedriver installed this test fails (see {@link HeadlessChromium}).
 */
class DashboardBrowserTest extends LedgerlineIntegrationTest {

    private static final Duration PAGE_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration CATCH_UP = Duration.ofSeconds(60);
    private static final String FIGURES = "orders units gmv averageOrderValue refunded refundRate";
    private static final List<String> PERIOD_CARDS = List.of("summary", "overTime", "breakdown", "topProducts", "logistics",
            "lowStock", "warehouses");

    private static ChromeDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @AfterEach
    void signOutOfTheBrowser() {
        browser.manage().deleteAllCookies();
    }

    @Test
    @DisplayName("ANA-1..ANA-6: the dashboard shows the report queries' figures for the period picked, links equal exports, and its ticker moves with a new paid order")
    void dashboardShowsTheReports() {
        ZoneId zone = ZoneId.of((String) query("finance", "{ reportingZone }", Map.of()).get("reportingZone"));
        new DashboardWorkload(commands, jdbc, clock, zone).run();
        Map<String, Object> period = period(zone, FIRST_DAY, LAST_DAY.plusDays(1));
        await().atMost(CATCH_UP).untilAsserted(() -> {
            Map<String, Object> summary = summary("finance", period);
            assertThat(summary).containsEntry("orders", DashboardWorkload.PAID_ORDERS)
                    .containsEntry("gmv", DashboardWorkload.GMV).containsEntry("refunded", DashboardWorkload.REFUNDED);
            assertThat(list("finance", "query($p: Period!) { logisticsStats(period: $p) { count } }", Map.of("p", period))).isNotEmpty();
        });

        signIn("finance", "/dashboard/");
        assertThat(browser.findElement(By.id("who")).getDomAttribute("data-username")).isEqualTo("finance");

        pickPeriod(FIRST_DAY, LAST_DAY, "DAY");
        awaitCards(period, PERIOD_CARDS);
        WebElement periodLabel = browser.findElement(By.id("period-label"));
        assertThat(periodLabel.getDomAttribute("data-from")).as("7 June 00:00 in the reporting zone").isEqualTo(period.get("from"));
        assertThat(periodLabel.getDomAttribute("data-to")).as("10 June 00:00 in the reporting zone").isEqualTo(period.get("to"));

        Map<String, Object> summary = summary("finance", period);
        assertThat(tiles()).isEqualTo(summary);
        assertThat(text("summary-orders")).isEqualTo(String.format(Locale.US, "%,d", (Integer) summary.get("orders")));
        assertThat(text("summary-gmv")).isEqualTo(money((String) summary.get("gmv")));
        assertThat(text("summary-refunded")).isEqualTo(money((String) summary.get("refunded")));
        assertThat(text("summary-refundRate")).isEqualTo(percent((Double) summary.get("refundRate")));

        assertThat(rows("#over-time-table", "period", "orders", "units", "gmv", "refunded", "refundRate"))
                .isEqualTo(list("finance", "query($p: Period!) { salesOverTime(period: $p, granularity: DAY) { period orders units gmv refunded refundRate } }",
                        Map.of("p", period)));
        for (String dimension : List.of("CHANNEL", "REGION", "CATEGORY", "STATUS")) {
            assertThat(rows("[data-dimension='" + dimension + "'] .breakdown-table", "key", "orders", "gmv", "share")).as(dimension)
                    .isEqualTo(list("finance", "query($p: Period!, $by: SalesDimension!) { salesBreakdown(period: $p, by: $by) { key orders gmv share } }",
                            Map.of("p", period, "by", dimension)));
        }
        assertThat(shownGmv("[data-dimension='CHANNEL'] .breakdown-table")).as("the GMV shown per channel")
                .isEqualTo(rows("[data-dimension='CHANNEL'] .breakdown-table", "gmv").stream().map(row -> money((String) row.get("gmv"))).toList());

        assertThat(rows("#top-products-table", "sku", "productName", "units", "revenue")).as("top products by revenue")
                .isEqualTo(topProducts(period, "REVENUE")).hasSize(3);
        new Select(browser.findElement(By.id("top-by"))).selectByValue("UNITS");
        awaitCards(period, List.of("topProducts"));
        await().atMost(PAGE_TIMEOUT).untilAsserted(() -> assertThat(rows("#top-products-table", "sku", "productName", "units", "revenue"))
                .as("top products by units").isEqualTo(topProducts(period, "UNITS")));

        assertThat(rows("#logistics-table", "type", "severity", "count", "escalated", "resolved", "meanMinutesToResolve"))
                .isEqualTo(list("finance", "query($p: Period!) { logisticsStats(period: $p) { type severity count escalated resolved meanMinutesToResolve } }",
                        Map.of("p", period)));
        assertThat(rows("#low-stock-table", "sku", "productName", "available", "threshold"))
                .isEqualTo(list("finance", "{ lowStockSkus { sku productName available threshold } }", Map.of()))
                .anySatisfy(row -> assertThat((String) row.get("sku")).startsWith("DASH-SCARF-"));

        assertThat(exportedSummary()).as("the sales-summary CSV linked from the page, downloaded with the browser's session")
                .isEqualTo(summary);

        tickerMovesWithANewPaidOrder(zone);
        screenshot("dashboard.png");
        assertThat(browserErrors()).as("errors in the browser console").isEmpty();
    }

    @Test
    @DisplayName("SEC-2: a warehouse user sees logistics and stock on the dashboard, and a clear message instead of sales; signing out ends the session")
    void aRoleSeesWhatItMay() {
        signIn("warehouse", "/");
        await().atMost(PAGE_TIMEOUT).untilAsserted(() -> {
            assertThat(state("summary")).isEqualTo("forbidden");
            assertThat(state("overTime")).isEqualTo("forbidden");
            assertThat(state("topProducts")).isEqualTo("forbidden");
            assertThat(state("ticker")).isEqualTo("forbidden");
            assertThat(state("logistics")).isEqualTo("ready");
            assertThat(state("lowStock")).isEqualTo("ready");
            assertThat(state("warehouses")).isEqualTo("ready");
        });
        assertThat(card("summary").findElement(By.className("section-message")).getText()).contains("Your role may not see sales reports");
        assertThat(card("overTime").isDisplayed()).as("the other sales cards give way").isFalse();
        assertThat(card("summary").findElements(By.cssSelector(".exports a"))).allSatisfy(link -> assertThat(link.isDisplayed()).isFalse());
        assertThat(card("logistics").findElements(By.cssSelector(".exports a[data-format='csv']"))).singleElement()
                .satisfies(link -> assertThat(link.isDisplayed()).isTrue());
        screenshot("dashboard-warehouse.png");

        browser.findElement(By.id("sign-out")).click();
        await().atMost(PAGE_TIMEOUT).until(() -> browser.getCurrentUrl().contains("/login?logout"));
        browser.get(url("/dashboard/"));
        assertThat(browser.getCurrentUrl()).as("signed out, the dashboard asks to sign in again").contains("/login");
    }

    // ---- Steps

    /**
     * Opens a page of the app (the dashboard, or the site root that leads to it), which sends a signed-out browser to the
     * sign-in form and, once signed in, on to the dashboard.
     */
    private void signIn(String user, String path) {
        browser.get(url(path));
        assertThat(browser.getCurrentUrl()).as("a signed-out browser is sent to the sign-in form").contains("/login");
        browser.findElement(By.name("username")).sendKeys(user);
        browser.findElement(By.name("password")).sendKeys(user + "-pass");
        browser.findElement(By.cssSelector("button[type='submit']")).click();
        await().atMost(PAGE_TIMEOUT).until(() -> browser.getCurrentUrl().contains("/dashboard/")
                && "ready".equals(browser.findElement(By.tagName("body")).getDomAttribute("data-state")));
    }

    /** Picks a custom period: the date inputs are set as the browser's date picker sets them, then "Show". */
    private void pickPeriod(LocalDate first, LocalDate last, String granularity) {
        browser.findElement(By.cssSelector("[data-preset='custom']")).click();
        setDate("period-from", first);
        setDate("period-to", last);
        new Select(browser.findElement(By.id("granularity"))).selectByValue(granularity);
        browser.findElement(By.id("apply-period")).click();
    }

    private void setDate(String id, LocalDate day) {
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', { bubbles: true }));",
                browser.findElement(By.id(id)), day.toString());
    }

    /** Waits until every card named has shown the period's figures. */
    private void awaitCards(Map<String, Object> period, List<String> names) {
        await().atMost(PAGE_TIMEOUT).untilAsserted(() -> {
            for (String name : names) {
                for (WebElement card : browser.findElements(By.cssSelector("[data-section='" + name + "']"))) {
                    assertThat(card.getDomAttribute("data-state")).as(name + ": " + card.getText()).isEqualTo("ready");
                    assertThat(card.getDomAttribute("data-from")).as(name).isEqualTo(period.get("from"));
                    assertThat(card.getDomAttribute("data-to")).as(name).isEqualTo(period.get("to"));
                }
            }
        });
    }

    /** Pays a new order now and waits until the ticker shows today's totals with it. */
    private void tickerMovesWithANewPaidOrder(ZoneId zone) {
        await().atMost(PAGE_TIMEOUT).until(() -> "ready".equals(state("ticker")));
        int ordersBefore = Integer.parseInt(browser.findElement(By.id("ticker-orders")).getDomAttribute("data-value"));
        int updatesBefore = Integer.parseInt(card("ticker").getDomAttribute("data-updates"));

        new OrderJourneys(commands, jdbc).paidTeaSet();

        LocalDate today = LocalDate.now(zone);
        await().atMost(PAGE_TIMEOUT).untilAsserted(() -> {
            Map<String, Object> todays = summary("finance", period(zone, today, today.plusDays(1)));
            assertThat((Integer) todays.get("orders")).isGreaterThan(ordersBefore);
            assertThat(browser.findElement(By.id("ticker-orders")).getDomAttribute("data-value")).isEqualTo(todays.get("orders").toString());
            assertThat(browser.findElement(By.id("ticker-gmv")).getDomAttribute("data-value")).isEqualTo(todays.get("gmv"));
            assertThat(text("ticker-gmv")).isEqualTo(money((String) todays.get("gmv")));
        });
        assertThat(Integer.parseInt(card("ticker").getDomAttribute("data-updates"))).isGreaterThan(updatesBefore);
    }

    /** Downloads the summary card's CSV link inside the browser (same session cookie as a click) and reads its row. */
    private Map<String, Object> exportedSummary() {
        String href = card("summary").findElement(By.cssSelector(".exports a[data-format='csv']")).getDomProperty("href");
        String csv = (String) ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.text()).then(done);", href);
        List<String> lines = csv.replace("\uFEFF", "").lines().toList();
        assertThat(lines).hasSize(2);
        String[] names = lines.get(0).split(",");
        String[] values = lines.get(1).split(",");
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            row.put(names[i], typed(names[i], values[i]));
        }
        return row;
    }

    /** Saves the whole page: the window is made as tall as the page (plus its own frame) for the shot. */
    private void screenshot(String name) {
        long height = (Long) ((JavascriptExecutor) browser).executeScript(
                "window.scrollTo(0, 0); return document.documentElement.scrollHeight + window.outerHeight - window.innerHeight;");
        browser.manage().window().setSize(new Dimension(1440, (int) Math.min(height, 5000)));
        try {
            Path file = Path.of("target", name);
            Files.createDirectories(file.getParent());
            Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new AssertionError("could not save the screenshot", e);
        } finally {
            browser.manage().window().setSize(new Dimension(1440, 1000));
        }
    }

    private List<String> browserErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    // ---- Reading the page

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private WebElement card(String name) {
        return browser.findElement(By.cssSelector("[data-section='" + name + "']"));
    }

    private String state(String name) {
        return card(name).getDomAttribute("data-state");
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    /** The summary tiles' exact values (their data-value), typed like the GraphQL answer. */
    private Map<String, Object> tiles() {
        Map<String, Object> tiles = new LinkedHashMap<>();
        for (String figure : FIGURES.split(" ")) {
            tiles.put(figure, typed(figure, browser.findElement(By.id("summary-" + figure)).getDomAttribute("data-value")));
        }
        return tiles;
    }

    /** A table's rows as the figures each row carries in its data attributes, typed like the GraphQL answer. */
    private List<Map<String, Object>> rows(String table, String... fields) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (WebElement row : browser.findElements(By.cssSelector(table + " tbody tr[data-row]"))) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (String field : fields) {
                values.put(field, typed(field, row.getDomAttribute("data-" + kebab(field))));
            }
            rows.add(values);
        }
        return rows;
    }

    private List<String> shownGmv(String table) {
        return browser.findElements(By.cssSelector(table + " tbody tr[data-row] td[data-field='gmv']")).stream()
                .map(WebElement::getText).toList();
    }

    // ---- The API, as the same user

    private Map<String, Object> summary(String user, Map<String, Object> period) {
        return field(user, "query($p: Period!) { salesSummary(period: $p) { " + FIGURES + " } }", Map.of("p", period));
    }

    private List<Map<String, Object>> topProducts(Map<String, Object> period, String by) {
        return list("finance", "query($p: Period!, $by: RankBy!) { topProducts(period: $p, by: $by, limit: 10) { sku productName units revenue } }",
                Map.of("p", period, "by", by));
    }

    private Map<String, Object> query(String user, String document, Map<String, Object> variables) {
        ClientGraphQlResponse response = GraphQlClients.http(port, user).document(document).variables(variables).executeSync();
        assertThat(response.getErrors()).as(document).isEmpty();
        return response.getData();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> field(String user, String document, Map<String, Object> variables) {
        return (Map<String, Object>) typedAll(query(user, document, variables).values().iterator().next());
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> list(String user, String document, Map<String, Object> variables) {
        return (List<Map<String, Object>>) typedAll(query(user, document, variables).values().iterator().next());
    }

    private static Map<String, Object> period(ZoneId zone, LocalDate from, LocalDate to) {
        return Map.of("from", from.atStartOfDay(zone).toInstant().toString(), "to", to.atStartOfDay(zone).toInstant().toString());
    }

    // ---- Types and formats: the page keeps exact values as text; the API's numbers come back as Integer or Double

    private static final List<String> INTEGERS = List.of("orders", "units", "count", "escalated", "resolved", "available", "threshold");
    private static final List<String> DECIMALS = List.of("refundRate", "share", "meanMinutesToResolve");

    private static Object typed(String field, String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (INTEGERS.contains(field)) {
            return Integer.valueOf(text);
        }
        return DECIMALS.contains(field) ? (Object) Double.valueOf(text) : text;
    }

    private static Object typedAll(Object value) {
        return switch (value) {
            case Map<?, ?> map -> {
                Map<String, Object> copy = new LinkedHashMap<>();
                map.forEach((key, inner) -> copy.put((String) key, typedAll(inner)));
                yield copy;
            }
            case List<?> list -> list.stream().map(DashboardBrowserTest::typedAll).toList();
            case Integer number -> number;
            case Number number -> number.doubleValue();
            case null -> null;
            default -> value;
        };
    }

    private static String kebab(String field) {
        return field.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
    }

    /** How the page shows money: ¥ and grouped digits, exactly the API's cents. */
    private static String money(String amount) {
        BigDecimal value = new BigDecimal(amount);
        return (value.signum() < 0 ? "-" : "") + "¥" + String.format(Locale.US, "%,.2f", value.abs());
    }

    /** How the page shows a ratio: a percentage with two decimals. */
    private static String percent(double ratio) {
        return new BigDecimal(ratio * 100).setScale(2, RoundingMode.HALF_UP).toPlainString() + " %";
    }
}
