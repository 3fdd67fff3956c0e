package io.ledgerline.app.reporting;

import static io.ledgerline.app.reporting.ReportingWorkload.FIRST_DAY;
import static io.ledgerline.app.reporting.ReportingWorkload.SECOND_DAY;
import static io.ledgerline.app.reporting.ReportingWorkload.SPRING_END;
import static io.ledgerline.app.reporting.ReportingWorkload.SPRING_START;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.client.ClientGraphQlResponse;

/**
 * The report queries after a realistic workload through the real command path, compared with the same figures
 * computed directly from every event in the event store (DirectReports), never from the rollups.
 */
class ReportsIntegrationTest extends ReportingTestSupport {

    @Test
    @DisplayName("ANA-1: salesSummary and salesOverTime by DAY, WEEK and MONTH equal a direct computation from the events")
    void salesOverTime() {
        awaitEqual(() -> {
            DirectReports direct = direct();
            assertThat(reports.summary(FIRST_DAY, FIRST_DAY.plusDays(1))).isEqualTo(direct.summary(FIRST_DAY, FIRST_DAY.plusDays(1)));
            assertThat(reports.summary(SECOND_DAY, SECOND_DAY.plusDays(1))).isEqualTo(direct.summary(SECOND_DAY, SECOND_DAY.plusDays(1)));
            assertThat(reports.summary(SPRING_START, SPRING_END)).isEqualTo(direct.summary(SPRING_START, SPRING_END));
            for (String granularity : List.of("DAY", "WEEK", "MONTH")) {
                assertThat(reports.overTime(SPRING_START, SPRING_END, granularity)).as(granularity)
                        .isEqualTo(direct.overTime(SPRING_START, SPRING_END, granularity));
            }
        });
        Map<String, Object> firstDay = reports.summary(FIRST_DAY, FIRST_DAY.plusDays(1));
        Map<String, Object> secondDay = reports.summary(SECOND_DAY, SECOND_DAY.plusDays(1));
        assertThat((Integer) firstDay.get("orders")).as("orders paid before midnight in Shanghai").isPositive();
        assertThat((Integer) secondDay.get("orders")).as("orders paid after midnight in Shanghai").isPositive();
        assertThat(secondDay.get("refunded")).as("a refund completed on the second day").isNotEqualTo("0.00");
    }

    @Test
    @DisplayName("ANA-2: salesBreakdown by CHANNEL, STATUS, REGION and CATEGORY equals a direct computation from the events")
    void salesBreakdown() {
        awaitEqual(() -> {
            DirectReports direct = direct();
            for (String dimension : List.of("CHANNEL", "STATUS", "REGION", "CATEGORY")) {
                assertThat(reports.breakdown(SPRING_START, SPRING_END, dimension)).as(dimension)
                        .isEqualTo(direct.breakdown(SPRING_START, SPRING_END, dimension));
                assertThat(reports.breakdown(FIRST_DAY, SECOND_DAY.plusDays(1), dimension)).as(dimension)
                        .isEqualTo(direct.breakdown(FIRST_DAY, SECOND_DAY.plusDays(1), dimension));
            }
        });
        assertThat(reports.breakdown(SPRING_START, SPRING_END, "STATUS")).extracting(row -> row.get("key"))
                .as("current statuses of the orders paid: shipped, completed, cancelled by a full refund")
                .contains("SHIPPED", "COMPLETED", "CANCELLED");
    }

    @Test
    @DisplayName("ANA-3: topProducts by REVENUE and by UNITS equal a direct computation from the events")
    void topProducts() {
        awaitEqual(() -> {
            DirectReports direct = direct();
            for (String by : List.of("REVENUE", "UNITS")) {
                List<Map<String, Object>> all = direct.topProducts(SPRING_START, SPRING_END, by);
                assertThat(all).hasSizeGreaterThan(3);
                assertThat(reports.topProducts(SPRING_START, SPRING_END, by, 1000)).as(by).isEqualTo(all);
                assertThat(reports.topProducts(SPRING_START, SPRING_END, by, 2)).as(by).isEqualTo(all.subList(0, 2));
            }
        });
    }

    @Test
    @DisplayName("ANA-4: logisticsStats (counts by type and severity, escalations, mean time to resolve) equal a direct computation")
    void logisticsStats() {
        LocalDate today = LocalDate.now(zone);
        awaitEqual(() -> {
            DirectReports direct = direct();
            assertThat(reports.logistics(SPRING_START, SPRING_END)).isEqualTo(direct.logistics(SPRING_START, SPRING_END));
            assertThat(reports.logistics(today.minusDays(1), today.plusDays(1))).isEqualTo(direct.logistics(today.minusDays(1), today.plusDays(1)));
        });
        assertThat(reports.logistics(today.minusDays(1), today.plusDays(1)))
                .anySatisfy(row -> assertThat((Integer) row.get("escalated")).as("ORD-12 escalation counted").isPositive());
        assertThat(reports.logistics(SPRING_START, SPRING_END))
                .anySatisfy(row -> assertThat(row.get("meanMinutesToResolve")).isNotNull());
    }

    @Test
    @DisplayName("ANA-5: inventoryStats (stock per warehouse, stocktakes in the period) and lowStockSkus equal a direct computation")
    void inventoryStats() {
        awaitEqual(() -> {
            DirectReports direct = direct();
            assertThat(reports.inventory(SPRING_START, SPRING_END)).isEqualTo(direct.inventory(SPRING_START, SPRING_END));
            assertThat(reports.lowStock()).isEqualTo(direct.lowStock());
        });
        assertThat(reports.inventory(SPRING_START, SPRING_END)).anySatisfy(row -> assertThat((Integer) row.get("shortages")).isPositive())
                .anySatisfy(row -> assertThat((Integer) row.get("surpluses")).isPositive());
    }

    @Test
    @DisplayName("report queries refuse a period over ledgerline.reporting.max-period (PERIOD_TOO_LONG) and one not of whole days (INVALID_PERIOD), naming period")
    void periodLimits() {
        LocalDate from = LocalDate.of(2030, 1, 1);
        for (String document : List.of("query($p: Period!) { salesSummary(period: $p) { orders } }",
                "query($p: Period!) { salesOverTime(period: $p, granularity: DAY) { orders } }",
                "query($p: Period!) { salesBreakdown(period: $p, by: CHANNEL) { key } }",
                "query($p: Period!) { topProducts(period: $p, by: UNITS) { sku } }",
                "query($p: Period!) { logisticsStats(period: $p) { count } }",
                "query($p: Period!) { inventoryStats(period: $p) { warehouse } }")) {
            assertThat(execute(document, Map.of("p", period(from, from.plusDays(400)))).getErrors()).as(document).isEmpty();
            ResponseError tooLong = singleError(execute(document, Map.of("p", period(from, from.plusDays(401)))));
            assertThat(tooLong.getErrorType().toString()).isEqualTo("BAD_REQUEST");
            assertThat(tooLong.getExtensions()).containsEntry("code", "PERIOD_TOO_LONG").containsEntry("field", List.of("period"));
            assertThat(tooLong.getMessage()).contains("401 days").contains("at most 400 days");
        }
        ResponseError misaligned = singleError(execute("query($p: Period!) { salesSummary(period: $p) { orders } }",
                Map.of("p", Map.of("from", "2031-03-14T00:00:00Z", "to", "2031-03-16T00:00:00Z"))));
        assertThat(misaligned.getExtensions()).containsEntry("code", "INVALID_PERIOD").containsEntry("field", List.of("period", "from"));
        assertThat(misaligned.getMessage()).contains(zone.getId());
        ResponseError limit = singleError(execute("query($p: Period!) { topProducts(period: $p, by: UNITS, limit: 0) { sku } }",
                Map.of("p", period(from, from.plusDays(1)))));
        assertThat(limit.getExtensions()).containsEntry("code", "INVALID_ARGUMENT").containsEntry("field", List.of("limit"));
    }

    private static ResponseError singleError(ClientGraphQlResponse response) {
        assertThat(response.getErrors()).hasSize(1);
        return response.getErrors().getFirst();
    }
}
