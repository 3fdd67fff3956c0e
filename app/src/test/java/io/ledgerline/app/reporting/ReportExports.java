package io.ledgerline.app.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.app.CsvText;
import io.ledgerline.app.GraphQlClients;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * ANA-6: the reports downloaded as CSV and as XLSX (opened with Apache POI, a reader independent of the writer),
 * compared row by row and column by column with what their GraphQL query answers.
 */
final class ReportExports {

    private static final String FIGURES = ReportQueries.FIGURES;

    private final int port;
    private final ReportQueries reports;

    ReportExports(int port, ReportQueries reports) {
        this.port = port;
        this.reports = reports;
    }

    /** Every report of the period, in every form it takes (granularity, dimension, ranking), as CSV and XLSX. */
    void everyReportEqualsGraphQl(LocalDate from, LocalDate to) throws Exception {
        everyReportEqualsGraphQl(from, to, false);
    }

    /**
     * The same, where {@code lowStockMayBeEmpty}: a simulated shop may end with no sku low on stock (whether it does
     * depends on when its reorders arrived), and then the low-stock export must be as empty as its query.
     */
    void everyReportEqualsGraphQl(LocalDate from, LocalDate to, boolean lowStockMayBeEmpty) throws Exception {
        Map<String, Object> p = reports.period(from, to);
        String range = "from=" + p.get("from") + "&to=" + p.get("to");
        check("sales-summary?" + range, List.of((Map<String, Object>) graphQl("salesSummary(period: $p) { " + FIGURES + " }", p)));
        for (String granularity : List.of("DAY", "WEEK", "MONTH")) {
            check("sales-over-time?" + range + "&granularity=" + granularity,
                    graphQl("salesOverTime(period: $p, granularity: " + granularity + ") { period " + FIGURES + " }", p));
        }
        for (String by : List.of("CHANNEL", "STATUS", "REGION", "CATEGORY")) {
            check("sales-breakdown?" + range + "&by=" + by,
                    graphQl("salesBreakdown(period: $p, by: " + by + ") { key " + FIGURES + " share }", p));
        }
        for (String by : List.of("REVENUE", "UNITS")) {
            check("top-products?" + range + "&by=" + by, graphQl("topProducts(period: $p, by: " + by + ") { sku productName units revenue }", p));
            check("top-products?" + range + "&by=" + by + "&limit=500",
                    graphQl("topProducts(period: $p, by: " + by + ", limit: 500) { sku productName units revenue }", p));
        }
        check("logistics-stats?" + range, graphQl("logisticsStats(period: $p) { type severity count escalated resolved meanMinutesToResolve }", p));
        check("inventory-stats?" + range, graphQl("""
                inventoryStats(period: $p) { warehouse skus onHand reserved available reservedShare stocktakes shortages
                  surpluses unitsShort unitsOver }""", p));
        check("low-stock-skus", graphQl("lowStockSkus { sku productName available threshold }", p), lowStockMayBeEmpty);
    }

    /** The CSV and the XLSX of a report, row by row and column by column, equal the GraphQL rows. */
    void check(String request, List<Map<String, Object>> expected) throws Exception {
        check(request, expected, false);
    }

    private void check(String request, List<Map<String, Object>> expected, boolean mayBeEmpty) throws Exception {
        String path = request.contains("?") ? request.substring(0, request.indexOf('?')) : request;
        String query = request.contains("?") ? request.substring(request.indexOf('?')) : "";
        if (!mayBeEmpty) {
            assertThat(expected).as(request).isNotEmpty();
        }

        ResponseEntity<byte[]> csv = download(path + ".csv" + query);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getHeaders().getContentDisposition().getFilename()).endsWith(".csv");
        assertThat(csvRows(csv.getBody())).as(request + " as CSV").isEqualTo(expected);

        ResponseEntity<byte[]> xlsx = download(path + ".xlsx" + query);
        assertThat(xlsx.getHeaders().getContentType().toString()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsxRows(xlsx.getBody())).as(request + " as XLSX").isEqualTo(expected);
    }

    /** Reads the CSV (which starts with a byte-order mark, for spreadsheet programs) into rows typed like the GraphQL answer. */
    private static List<Map<String, Object>> csvRows(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF").endsWith("\r\n");
        assertThat(text.replace("\r\n", "")).as("RFC 4180 lines end with CRLF").doesNotContain("\n");
        List<List<String>> lines = CsvText.rows(text);
        List<String> header = lines.getFirst();
        return lines.subList(1, lines.size()).stream().map(line -> typed(header, i -> line.get(i).isEmpty() ? null : line.get(i))).toList();
    }

    private static List<Map<String, Object>> xlsxRows(byte[] body) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row headerRow = sheet.getRow(0);
            List<String> header = new ArrayList<>();
            headerRow.forEach(cell -> header.add(cell.getStringCellValue()));
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                rows.add(typed(header, i -> text(row.getCell(i))));
            }
            return rows;
        }
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        if (cell.getCellType() == CellType.STRING) {
            return cell.getStringCellValue();
        }
        return BigDecimal.valueOf(cell.getNumericCellValue()).toPlainString();
    }

    /** A row as GraphQL types it: money two-decimal strings, counts Integer, ratios Double; the day column is skipped. */
    private static Map<String, Object> typed(List<String> header, Function<Integer, String> cell) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i);
            String value = cell.apply(i);
            if (name.equals("day")) {
                continue;
            }
            row.put(name, value == null ? null : switch (name) {
                case "gmv", "averageOrderValue", "refunded", "revenue" -> new BigDecimal(value).setScale(2).toPlainString();
                case "refundRate", "share", "reservedShare", "meanMinutesToResolve" -> Double.valueOf(value);
                case "orders", "units", "count", "escalated", "resolved", "skus", "onHand", "reserved", "available",
                     "stocktakes", "shortages", "surpluses", "unitsShort", "unitsOver", "threshold" -> new BigDecimal(value).intValueExact();
                default -> value;
            });
        }
        return row;
    }

    @SuppressWarnings("unchecked")
    private <T> T graphQl(String selection, Map<String, Object> p) {
        String field = selection.substring(0, selection.indexOf(selection.contains("(") ? '(' : ' ')).trim();
        String document = selection.contains("$p") ? "query($p: Period!) { " + selection + " }" : "{ " + selection + " }";
        return (T) reports.query(document, selection.contains("$p") ? Map.of("p", p) : Map.of()).get(field);
    }

    private ResponseEntity<byte[]> download(String path) {
        ResponseEntity<byte[]> response = client().get().uri("/api/reports/" + path).retrieve().toEntity(byte[].class);
        assertThat(response.getStatusCode().is2xxSuccessful()).as(path).isTrue();
        return response;
    }

    ResponseEntity<String> get(String path) {
        return client().get().uri("/api/reports/" + path).exchange((request, response) ->
                ResponseEntity.status(HttpStatusCode.valueOf(response.getStatusCode().value()))
                        .body(new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)));
    }

    private RestClient client() {
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeader(HttpHeaders.AUTHORIZATION, GraphQlClients.basic("admin", "admin-pass")).build();
    }
}
