package io.ledgerline.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ledgerline.app.CsvText;
import io.ledgerline.app.GraphQlClients;
import io.ledgerline.app.GraphQlNumbers;
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
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.springframework.graphql.client.ClientGraphQlResponse;

/**
 * The dashboard as a user sees it in the browser, and the same reports asked of the API as that user: the steps
 * the browser tests take (sign in, pick a period, download a card's export) and the check that every card shows
 * what the report queries answer. The page keeps each exact figure in a data attribute beside the text it shows.
 */
final class DashboardPage {

    static final Duration PAGE_TIMEOUT = Duration.ofSeconds(20);
    static final String FIGURES = "orders units gmv averageOrderValue refunded refundRate";
    static final List<String> PERIOD_CARDS = List.of("summary", "overTime", "breakdown", "topProducts", "logistics",
            "lowStock", "warehouses");
    static final List<String> DIMENSIONS = List.of("CHANNEL", "REGION", "CATEGORY", "STATUS");
    private static final String OVER_TIME = "query($p: Period!, $g: Granularity!) { salesOverTime(period: $p, granularity: $g) { period "
            + FIGURES + " } }";
    private static final String BREAKDOWN = "query($p: Period!, $by: SalesDimension!) { salesBreakdown(period: $p, by: $by) { key "
            + FIGURES + " share } }";
    private static final String LOGISTICS = "query($p: Period!) { logisticsStats(period: $p) { type severity count escalated "
            + "resolved meanMinutesToResolve } }";
    private static final String INVENTORY = "query($p: Period!) { inventoryStats(period: $p) { warehouse skus onHand reserved "
            + "available reservedShare stocktakes shortages surpluses unitsShort unitsOver } }";
    private static final String LOW_STOCK = "{ lowStockSkus { sku productName available threshold } }";

    private final ChromeDriver browser;
    private final int port;
    private String user;

    DashboardPage(ChromeDriver browser, int port) {
        this.browser = browser;
        this.port = port;
    }

    // ---- Steps

    /**
     * Opens a page of the app (the dashboard, or the site root that leads to it), which sends a signed-out browser to the
     * sign-in form and, once signed in, on to the dashboard.
     */
    void signIn(String user, String path) {
        this.user = user;
        browser.get(url(path));
        assertThat(browser.getCurrentUrl()).as("a signed-out browser is sent to the sign-in form").contains("/login");
        browser.findElement(By.name("username")).sendKeys(user);
        browser.findElement(By.name("password")).sendKeys(user + "-pass");
        browser.findElement(By.cssSelector("button[type='submit']")).click();
        await().atMost(PAGE_TIMEOUT).until(() -> browser.getCurrentUrl().contains("/dashboard/")
                && "ready".equals(browser.findElement(By.tagName("body")).getDomAttribute("data-state")));
        assertThat(browser.findElement(By.id("who")).getDomAttribute("data-username")).isEqualTo(user);
    }

    /** Picks a custom period: the date inputs are set as the browser's date picker sets them, then "Show". */
    void pickPeriod(LocalDate first, LocalDate last, String granularity) {
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
    void awaitCards(Map<String, Object> period, List<String> names) {
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

    void rankTopProductsBy(String by) {
        new Select(browser.findElement(By.id("top-by"))).selectByValue(by);
    }

    /** Saves the whole page: the window is made as tall as the page (plus its own frame) for the shot. */
    void screenshot(String name) {
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

    List<String> browserErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    // ---- The checks

    /**
     * Every period-bound card shows exactly what the report queries answer for the period and granularity shown:
     * the summary tiles (exact values and their formatting), figures over time, the four breakdowns, top products by
     * revenue and by units, logistics exceptions, low stock and stock by warehouse.
     */
    void showsTheReports(Map<String, Object> period, String granularity) {
        awaitCards(period, PERIOD_CARDS);
        WebElement periodLabel = browser.findElement(By.id("period-label"));
        assertThat(periodLabel.getDomAttribute("data-from")).as("the period's start in the reporting zone").isEqualTo(period.get("from"));
        assertThat(periodLabel.getDomAttribute("data-to")).as("the period's end in the reporting zone").isEqualTo(period.get("to"));

        Map<String, Object> summary = summary(period);
        assertThat(tiles()).isEqualTo(summary);
        assertThat(text("summary-orders")).isEqualTo(String.format(Locale.US, "%,d", (Integer) summary.get("orders")));
        assertThat(text("summary-gmv")).isEqualTo(money((String) summary.get("gmv")));
        assertThat(text("summary-refunded")).isEqualTo(money((String) summary.get("refunded")));
        assertThat(text("summary-refundRate")).isEqualTo(percent((Double) summary.get("refundRate")));

        assertThat(rows("#over-time-table", "period", "orders", "units", "gmv", "refunded", "refundRate"))
                .isEqualTo(project(list(OVER_TIME, Map.of("p", period, "g", granularity)), "period", "orders", "units", "gmv",
                        "refunded", "refundRate"));
        for (String dimension : DIMENSIONS) {
            assertThat(rows(breakdownTable(dimension), "key", "orders", "gmv", "share")).as(dimension)
                    .isEqualTo(project(list(BREAKDOWN, Map.of("p", period, "by", dimension)), "key", "orders", "gmv", "share"));
        }
        assertThat(shownGmv(breakdownTable("CHANNEL"))).as("the GMV shown per channel")
                .isEqualTo(rows(breakdownTable("CHANNEL"), "gmv").stream().map(row -> money((String) row.get("gmv"))).toList());

        assertThat(rows("#top-products-table", "sku", "productName", "units", "revenue")).as("top products by revenue")
                .isEqualTo(topProducts(period, "REVENUE")).isNotEmpty();
        rankTopProductsBy("UNITS");
        awaitCards(period, List.of("topProducts"));
        await().atMost(PAGE_TIMEOUT).untilAsserted(() -> assertThat(rows("#top-products-table", "sku", "productName", "units", "revenue"))
                .as("top products by units").isEqualTo(topProducts(period, "UNITS")));
        rankTopProductsBy("REVENUE");
        awaitCards(period, List.of("topProducts"));

        assertThat(rows("#logistics-table", "type", "severity", "count", "escalated", "resolved", "meanMinutesToResolve"))
                .isEqualTo(list(LOGISTICS, Map.of("p", period)));
        assertThat(rows("#low-stock-table", "sku", "productName", "available", "threshold")).isEqualTo(list(LOW_STOCK, Map.of()));
    }

    /**
     * Every card's CSV link, downloaded in the browser with its session (as a click would), holds what the card's
     * report query answers for the period and granularity shown.
     */
    void exportsHoldTheReports(Map<String, Object> period, String granularity) {
        assertThat(exported("[data-section='summary']")).isEqualTo(List.of(summary(period)));
        assertThat(exported("[data-section='overTime']")).isEqualTo(list(OVER_TIME, Map.of("p", period, "g", granularity)));
        for (String dimension : DIMENSIONS) {
            assertThat(exported("[data-section='breakdown'][data-dimension='" + dimension + "']")).as(dimension)
                    .isEqualTo(list(BREAKDOWN, Map.of("p", period, "by", dimension)));
        }
        assertThat(exported("[data-section='topProducts']")).isEqualTo(topProducts(period, "REVENUE"));
        assertThat(exported("[data-section='logistics']")).isEqualTo(list(LOGISTICS, Map.of("p", period)));
        assertThat(exported("[data-section='lowStock']")).isEqualTo(list(LOW_STOCK, Map.of()));
        assertThat(exported("[data-section='warehouses']")).isEqualTo(list(INVENTORY, Map.of("p", period)));
    }

    /** The ticker's exact figures (orders, GMV) and how many updates it has shown. */
    int tickerOrders() {
        await().atMost(PAGE_TIMEOUT).until(() -> "ready".equals(state("ticker")));
        return Integer.parseInt(browser.findElement(By.id("ticker-orders")).getDomAttribute("data-value"));
    }

    int tickerUpdates() {
        return Integer.parseInt(card("ticker").getDomAttribute("data-updates"));
    }

    /** Waits until the ticker shows today's salesSummary, with more orders than {@code ordersBefore}. */
    void awaitTickerShowsToday(ZoneId zone, int ordersBefore) {
        LocalDate today = LocalDate.now(zone);
        await().atMost(PAGE_TIMEOUT).untilAsserted(() -> {
            Map<String, Object> todays = summary(period(zone, today, today.plusDays(1)));
            assertThat((Integer) todays.get("orders")).isGreaterThan(ordersBefore);
            assertThat(browser.findElement(By.id("ticker-orders")).getDomAttribute("data-value")).isEqualTo(todays.get("orders").toString());
            assertThat(browser.findElement(By.id("ticker-gmv")).getDomAttribute("data-value")).isEqualTo(todays.get("gmv"));
            assertThat(text("ticker-gmv")).isEqualTo(money((String) todays.get("gmv")));
        });
    }

    // ---- Reading the page

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    WebElement card(String name) {
        return browser.findElement(By.cssSelector("[data-section='" + name + "']"));
    }

    String state(String name) {
        return card(name).getDomAttribute("data-state");
    }

    String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private static String breakdownTable(String dimension) {
        return "[data-dimension='" + dimension + "'] .breakdown-table";
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

    /**
     * Downloads a card's CSV link inside the browser (same session cookie as a click) and reads its rows, typed like
     * the GraphQL answer; the CSV's extra "day" column (the period's local day) is left out.
     */
    private List<Map<String, Object>> exported(String card) {
        WebElement link = browser.findElement(By.cssSelector(card + " .exports a[data-format='csv']"));
        String csv = (String) ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.text()).then(done);",
                link.getDomProperty("href"));
        List<List<String>> lines = CsvText.rows(csv);
        List<String> names = lines.getFirst();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (List<String> line : lines.subList(1, lines.size())) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                if (!names.get(i).equals("day")) {
                    row.put(names.get(i), typed(names.get(i), line.get(i)));
                }
            }
            rows.add(row);
        }
        return rows;
    }

    // ---- The API, as the same user

    Map<String, Object> summary(Map<String, Object> period) {
        return field("query($p: Period!) { salesSummary(period: $p) { " + FIGURES + " } }", Map.of("p", period));
    }

    private List<Map<String, Object>> topProducts(Map<String, Object> period, String by) {
        return list("query($p: Period!, $by: RankBy!) { topProducts(period: $p, by: $by, limit: 10) { sku productName units revenue } }",
                Map.of("p", period, "by", by));
    }

    Map<String, Object> query(String document, Map<String, Object> variables) {
        ClientGraphQlResponse response = GraphQlClients.http(port, user).document(document).variables(variables).executeSync();
        assertThat(response.getErrors()).as(document).isEmpty();
        return response.getData();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> field(String document, Map<String, Object> variables) {
        return (Map<String, Object>) GraphQlNumbers.normalized(query(document, variables).values().iterator().next());
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> list(String document, Map<String, Object> variables) {
        return (List<Map<String, Object>>) GraphQlNumbers.normalized(query(document, variables).values().iterator().next());
    }

    static Map<String, Object> period(ZoneId zone, LocalDate from, LocalDate to) {
        return Map.of("from", from.atStartOfDay(zone).toInstant().toString(), "to", to.atStartOfDay(zone).toInstant().toString());
    }

    private static List<Map<String, Object>> project(List<Map<String, Object>> rows, String... fields) {
        return rows.stream().map(row -> {
            Map<String, Object> projected = new LinkedHashMap<>();
            for (String field : fields) {
                projected.put(field, row.get(field));
            }
            return projected;
        }).toList();
    }

    // ---- Types and formats: the page keeps exact values as text; the API's numbers come back as Integer or Double

    private static final List<String> INTEGERS = List.of("orders", "units", "count", "escalated", "resolved", "available",
            "threshold", "skus", "onHand", "reserved", "stocktakes", "shortages", "surpluses", "unitsShort", "unitsOver");
    private static final List<String> DECIMALS = List.of("refundRate", "share", "meanMinutesToResolve", "reservedShare");

    private static Object typed(String field, String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (INTEGERS.contains(field)) {
            return Integer.valueOf(text);
        }
        return DECIMALS.contains(field) ? (Object) Double.valueOf(text) : text;
    }

    private static String kebab(String field) {
        return field.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
    }

    /** How the page shows money: ¥ and grouped digits, exactly the API's cents. */
    static String money(String amount) {
        BigDecimal value = new BigDecimal(amount);
        return (value.signum() < 0 ? "-" : "") + "¥" + String.format(Locale.US, "%,.2f", value.abs());
    }

    /** How the page shows a ratio: a percentage with two decimals. */
    private static String percent(double ratio) {
        return new BigDecimal(ratio * 100).setScale(2, RoundingMode.HALF_UP).toPlainString() + " %";
    }
}
