package io.ledgerline.app.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.app.GraphQlClients;
import io.ledgerline.app.OrderJourneys;
import io.ledgerline.app.simulator.SimulatedHistory;
import io.ledgerline.app.simulator.SimulatedHistoryIntegrationTest;
import io.ledgerline.app.simulator.Simulator;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

/**
 * The dashboard in a real headless browser (Debian's chromium): signed in through the form as the finance
 * demo user, over the shared simulated history, every figure it shows is what the report queries answer
 * (and the export link it offers holds the same summary); a new paid order moves the live ticker. A
 * screenshot is saved as {@code target/dashboard.png}.
 */
class DashboardBrowserTest extends SimulatedHistoryIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Path SCREENSHOT = Path.of("target", "dashboard.png");
    private static final String USER = "finance";
    private static final String FIGURES = "orders units gmv averageOrderValue refunded refundRate";

    @LocalServerPort
    int port;
    @Autowired
    Simulator simulator;
    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("ANA-1..ANA-6: signed in in a browser, the dashboard shows the simulated period as the report queries "
            + "and exports answer it, and a new paid order moves the live ticker")
    void dashboardShowsTheReportsAndTheLiveTicker() throws IOException {
        SimulatedHistory.of(simulator, commands, jdbc);
        ZoneId zone = ZoneId.of(api("{ reportingZone }").get("reportingZone").toString());
        LocalDate first = SimulatedHistory.OPTIONS.from().atZone(zone).toLocalDate();
        LocalDate last = SimulatedHistory.UNTIL.atZone(zone).toLocalDate().minusDays(1);
        Map<String, Object> period = Map.of("from", first.atStartOfDay(zone).toInstant().toString(),
                "to", last.plusDays(1).atStartOfDay(zone).toInstant().toString());

        ChromeDriver browser = HeadlessChromium.start();
        try {
            browser.get(base() + "/dashboard/?from=" + first + "&to=" + last + "&granularity=DAY");
            signIn(browser);
            new WebDriverWait(browser, WAIT).until(driver -> "ready".equals(body(driver).getDomAttribute("data-state")));

            showsTheSummary(browser, period);
            showsTheTablesOfTheReports(browser, period);
            offersTheSameSummaryAsAnExport(browser, period);
            movesTheTickerWithANewOrder(browser);
        } finally {
            screenshot(browser);
            browser.quit();
        }
    }

    private void signIn(WebDriver browser) {
        new WebDriverWait(browser, WAIT).until(driver -> driver.getCurrentUrl().contains("/login"));
        browser.findElement(By.name("username")).sendKeys(USER);
        browser.findElement(By.name("password")).sendKeys(USER + "-pass");
        browser.findElement(By.cssSelector("button[type=submit], input[type=submit]")).click();
        new WebDriverWait(browser, WAIT).until(driver -> driver.getCurrentUrl().contains("/dashboard/"));
    }

    private void showsTheSummary(WebDriver browser, Map<String, Object> period) {
        Map<String, Object> summary = map(api("query($p: Period!) { salesSummary(period: $p) { " + FIGURES + " } }",
                period).get("salesSummary"));
        assertThat(number(summary.get("orders"))).as("the simulated period has sales").isPositive();
        for (String figure : FIGURES.split(" ")) {
            WebElement shown = browser.findElement(By.cssSelector("[data-figure='" + figure + "']"));
            assertThat(shown.getDomAttribute("data-value")).as(figure).isEqualTo(text(summary.get(figure)));
        }
        assertThat(text(browser, "[data-figure='orders']")).isEqualTo(grouped(summary.get("orders").toString()));
        assertThat(text(browser, "[data-figure='gmv']")).isEqualTo("¥" + money(summary.get("gmv").toString()));
        assertThat(text(browser, "[data-figure='refunded']")).isEqualTo("¥" + money(summary.get("refunded").toString()));
        assertThat(text(browser, "[data-figure='refundRate']")).matches("\\d+\\.\\d\\d%");
    }

    private void showsTheTablesOfTheReports(WebDriver browser, Map<String, Object> period) {
        assertThat(rows(browser, "over-time-table", "period", "orders", "gmv", "refunded")).isEqualTo(list(api(
                "query($p: Period!) { salesOverTime(period: $p, granularity: DAY) { period orders gmv refunded } }", period)
                .get("salesOverTime")));
        for (String by : List.of("CHANNEL", "REGION", "CATEGORY", "STATUS")) {
            assertThat(rows(browser, "by-" + by + "-table", "key", "orders", "gmv", "share")).as(by).isEqualTo(list(api(
                    "query($p: Period!) { salesBreakdown(period: $p, by: " + by + ") { key orders gmv share } }", period)
                    .get("salesBreakdown")));
        }
        List<Map<String, Object>> top = list(api(
                "query($p: Period!) { topProducts(period: $p, by: REVENUE, limit: 10) { sku productName units revenue } }",
                period).get("topProducts"));
        assertThat(top).isNotEmpty();
        assertThat(rows(browser, "top-products", "sku", "productName", "units", "revenue")).isEqualTo(top);
        assertThat(text(browser, "#top-products tbody tr:first-child td[data-column='revenue']"))
                .isEqualTo("¥" + money(top.getFirst().get("revenue").toString()));

        List<Map<String, Object>> logistics = list(api("query($p: Period!) { logisticsStats(period: $p) { type severity count "
                + "escalated resolved } }", period).get("logisticsStats"));
        assertThat(logistics).as("the simulated period has logistics exceptions").isNotEmpty();
        assertThat(rows(browser, "logistics-table", "type", "severity", "count", "escalated", "resolved")).isEqualTo(logistics);
        assertThat(rows(browser, "low-stock", "sku", "available", "threshold")).isEqualTo(list(api(
                "{ lowStockSkus { sku available threshold } }").get("lowStockSkus")));
        assertThat(rows(browser, "warehouses", "warehouse", "onHand", "reserved", "available")).isEqualTo(list(api(
                "query($p: Period!) { inventoryStats(period: $p) { warehouse onHand reserved available } }", period)
                .get("inventoryStats")));
    }

    /** The page's own CSV link downloads the same summary it shows (ANA-6). */
    private void offersTheSameSummaryAsAnExport(WebDriver browser, Map<String, Object> period) {
        String link = browser.findElement(By.cssSelector("a.export[data-export='sales-summary']:not([data-format])"))
                .getDomProperty("href");
        assertThat(link).contains("from=" + period.get("from").toString().replace(":", "%3A"));
        String csv = RestClient.create().get().uri(URI.create(link))
                .header(HttpHeaders.AUTHORIZATION, GraphQlClients.basic(USER, USER + "-pass"))
                .retrieve().body(String.class);
        List<String> lines = csv.replace("\uFEFF", "").lines().toList();
        Map<String, String> exported = new LinkedHashMap<>();
        List<String> header = List.of(lines.get(0).split(","));
        List<String> values = List.of(lines.get(1).split(","));
        for (int i = 0; i < header.size(); i++) {
            exported.put(header.get(i), values.get(i));
        }
        for (String figure : List.of("orders", "units", "gmv", "refunded")) {
            assertThat(exported.get(figure)).as(figure + " exported")
                    .isEqualTo(browser.findElement(By.cssSelector("[data-figure='" + figure + "']")).getDomAttribute("data-value"));
        }
    }

    private void movesTheTickerWithANewOrder(WebDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        wait.until(driver -> Integer.parseInt(ticker(driver).getDomAttribute("data-updates")) > 0);
        int orders = Integer.parseInt(tickerValue(browser, "orders"));
        BigDecimal gmv = new BigDecimal(tickerValue(browser, "gmv"));

        new OrderJourneys(commands, jdbc).paidTeaSet();

        wait.until(driver -> Integer.parseInt(tickerValue(driver, "orders")) == orders + 1);
        assertThat(new BigDecimal(tickerValue(browser, "gmv"))).isEqualByComparingTo(gmv.add(new BigDecimal("188.70")));
    }

    private static String tickerValue(WebDriver browser, String figure) {
        return browser.findElement(By.cssSelector("[data-ticker='" + figure + "']")).getDomAttribute("data-value");
    }

    /** A table's rows as the API would answer them: each listed column's raw value (data-value). */
    private static List<Map<String, Object>> rows(WebDriver browser, String table, String... columns) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (WebElement row : browser.findElements(By.cssSelector("#" + table + " tbody tr"))) {
            if (!row.findElements(By.cssSelector("td.empty")).isEmpty()) {
                continue;
            }
            Map<String, Object> values = new LinkedHashMap<>();
            for (String column : columns) {
                values.put(column, row.findElement(By.cssSelector("td[data-column='" + column + "']")).getDomAttribute("data-value"));
            }
            rows.add(values);
        }
        return rows;
    }

    /** The API's rows with every value as text, as the page keeps them in data-value. */
    private static List<Map<String, Object>> list(Object answer) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Object row : (List<?>) answer) {
            Map<String, Object> values = new LinkedHashMap<>();
            map(row).forEach((key, value) -> values.put(key, text(value)));
            rows.add(values);
        }
        return rows;
    }

    /** A value as the page writes it: text as is, a fraction without trailing zeros (JavaScript's String(n)). */
    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof Double || value instanceof Float
                ? BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros().toPlainString()
                : String.valueOf(value);
    }

    private Map<String, Object> api(String document) {
        return api(document, Map.of());
    }

    private Map<String, Object> api(String document, Map<String, Object> period) {
        HttpSyncGraphQlClient client = GraphQlClients.http(port, USER);
        var request = client.document(document);
        if (!period.isEmpty()) {
            request = request.variable("p", period);
        }
        return request.executeSync().getData();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    private static double number(Object value) {
        return Double.parseDouble(String.valueOf(value));
    }

    private static String text(WebDriver browser, String selector) {
        return browser.findElement(By.cssSelector(selector)).getText();
    }

    private static WebElement body(WebDriver browser) {
        return browser.findElement(By.tagName("body"));
    }

    private static WebElement ticker(WebDriver browser) {
        return browser.findElement(By.id("ticker"));
    }

    private static String grouped(String digits) {
        return digits.replaceAll("\\B(?=(\\d{3})+(?!\\d))", ",");
    }

    private static String money(String amount) {
        String[] parts = amount.split("\\.");
        return grouped(parts[0]) + "." + (parts.length > 1 ? (parts[1] + "00").substring(0, 2) : "00");
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static void screenshot(ChromeDriver browser) throws IOException {
        Files.createDirectories(SCREENSHOT.getParent());
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
    }
}
