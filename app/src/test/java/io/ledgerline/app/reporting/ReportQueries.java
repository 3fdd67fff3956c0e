package io.ledgerline.app.reporting;

import io.ledgerline.app.GraphQlClients;
import io.ledgerline.app.GraphQlNumbers;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.client.ClientGraphQlResponse;

/**
 * The report queries over GraphQL HTTP, signed in as an administrator, with their answers in the shape
 * {@link DirectReports} computes: numbers as Integer or Double ({@link GraphQlNumbers}), money as the two-decimal strings GraphQL writes.
 * Periods are whole days of the reporting zone, which the server is asked for once.
 */
final class ReportQueries {

    static final String FIGURES = "orders units gmv averageOrderValue refunded refundRate";

    private final int port;
    private final ZoneId zone;

    ReportQueries(int port) {
        this.port = port;
        this.zone = ZoneId.of((String) query("{ reportingZone }", Map.of()).get("reportingZone"));
    }

    ZoneId zone() {
        return zone;
    }

    /** The GraphQL Period from the start of {@code from} to the start of {@code to} in the reporting zone. */
    Map<String, Object> period(LocalDate from, LocalDate to) {
        return Map.of("from", from.atStartOfDay(zone).toInstant().toString(), "to", to.atStartOfDay(zone).toInstant().toString());
    }

    Map<String, Object> summary(LocalDate from, LocalDate to) {
        return field("query($p: Period!) { salesSummary(period: $p) { " + FIGURES + " } }", from, to, "salesSummary", Map.of());
    }

    List<Map<String, Object>> overTime(LocalDate from, LocalDate to, String granularity) {
        return field("query($p: Period!, $g: Granularity!) { salesOverTime(period: $p, granularity: $g) { period " + FIGURES + " } }",
                from, to, "salesOverTime", Map.of("g", granularity));
    }

    List<Map<String, Object>> breakdown(LocalDate from, LocalDate to, String by) {
        return field("query($p: Period!, $by: SalesDimension!) { salesBreakdown(period: $p, by: $by) { key " + FIGURES + " share } }",
                from, to, "salesBreakdown", Map.of("by", by));
    }

    List<Map<String, Object>> topProducts(LocalDate from, LocalDate to, String by, int limit) {
        return field("query($p: Period!, $by: RankBy!, $limit: Int) { topProducts(period: $p, by: $by, limit: $limit) { sku productName units revenue } }",
                from, to, "topProducts", Map.of("by", by, "limit", limit));
    }

    List<Map<String, Object>> logistics(LocalDate from, LocalDate to) {
        return field("query($p: Period!) { logisticsStats(period: $p) { type severity count escalated resolved meanMinutesToResolve } }",
                from, to, "logisticsStats", Map.of());
    }

    List<Map<String, Object>> inventory(LocalDate from, LocalDate to) {
        return field("""
                        query($p: Period!) { inventoryStats(period: $p) { warehouse skus onHand reserved available reservedShare
                          stocktakes shortages surpluses unitsShort unitsOver } }""", from, to, "inventoryStats", Map.of());
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> lowStock() {
        return (List<Map<String, Object>>) query("{ lowStockSkus { sku productName available threshold } }", Map.of()).get("lowStockSkus");
    }

    /** Runs a GraphQL document, failing on any error. */
    Map<String, Object> query(String document, Map<String, Object> variables) {
        ClientGraphQlResponse response = execute(document, variables);
        if (!response.getErrors().isEmpty()) {
            throw new AssertionError("GraphQL errors: " + response.getErrors());
        }
        return GraphQlNumbers.normalized(response.getData());
    }

    ClientGraphQlResponse execute(String document, Map<String, Object> variables) {
        return GraphQlClients.http(port).document(document).variables(variables).executeSync();
    }

    @SuppressWarnings("unchecked")
    private <T> T field(String document, LocalDate from, LocalDate to, String field, Map<String, Object> variables) {
        Map<String, Object> all = new HashMap<>(variables);
        all.put("p", period(from, to));
        return (T) query(document, all).get(field);
    }
}
