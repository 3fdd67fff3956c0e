package io.ledgerline.app.reporting;

import static io.ledgerline.app.reporting.ReportingWorkload.SPRING_END;
import static io.ledgerline.app.reporting.ReportingWorkload.SPRING_START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** AUD-3: replaying the reporting projections from the first event rebuilds exactly the reports they answered. */
class ReportingReplayIntegrationTest extends ReportingTestSupport {

    private static final String REPORTS = """
            query($p: Period!) {
              salesSummary(period: $p) { orders units gmv averageOrderValue refunded refundRate }
              days: salesOverTime(period: $p, granularity: DAY) { period orders units gmv refunded }
              channels: salesBreakdown(period: $p, by: CHANNEL) { key orders units gmv refunded share }
              statuses: salesBreakdown(period: $p, by: STATUS) { key orders units gmv refunded share }
              categories: salesBreakdown(period: $p, by: CATEGORY) { key orders units gmv refunded share }
              topProducts(period: $p, by: REVENUE, limit: 1000) { sku productName units revenue }
              logisticsStats(period: $p) { type severity count escalated resolved meanMinutesToResolve }
              inventoryStats(period: $p) { warehouse skus onHand reserved available stocktakes shortages surpluses }
              lowStockSkus { sku productName available threshold }
            }""";

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    @DisplayName("AUD-3: resetting reporting-sales, reporting-logistics and reporting-inventory clears them, and the replay rebuilds the same reports")
    void replayRebuildsTheSameReports() {
        LocalDate today = LocalDate.now(zone);
        awaitEqual(() -> assertThat(query(REPORTS, Map.of("p", period(SPRING_START, SPRING_END))).get("salesSummary"))
                .isEqualTo(direct().summary(SPRING_START, SPRING_END)));
        Map<String, Object> spring = query(REPORTS, Map.of("p", period(SPRING_START, SPRING_END)));
        Map<String, Object> recent = query(REPORTS, Map.of("p", period(today.minusDays(1), today.plusDays(1))));

        List<StreamingEventProcessor> processors = List.of("reporting-sales", "reporting-logistics", "reporting-inventory").stream()
                .map(name -> processing.eventProcessor(name, StreamingEventProcessor.class).orElseThrow()).toList();
        long head = jdbc.sql("select max(globalindex) from domainevententry").query(Long.class).single();
        processors.forEach(StreamingEventProcessor::shutDown);
        processors.forEach(StreamingEventProcessor::resetTokens);
        assertThat(jdbc.sql("select count(*) from sales_daily").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from logistics_daily").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from inventory_warehouse_stats").query(Long.class).single()).isZero();
        processors.forEach(StreamingEventProcessor::start);

        await().atMost(CATCH_UP).until(() -> processors.stream().allMatch(processor -> caughtUp(processor, head)));
        awaitEqual(() -> {
            assertThat(query(REPORTS, Map.of("p", period(SPRING_START, SPRING_END)))).isEqualTo(spring);
            assertThat(query(REPORTS, Map.of("p", period(today.minusDays(1), today.plusDays(1))))).isEqualTo(recent);
        });
    }

    /** Every segment claimed and past the head of the event store as it was when the replay began. */
    private static boolean caughtUp(StreamingEventProcessor processor, long head) {
        var statuses = processor.processingStatus().values();
        double covered = statuses.stream().mapToDouble(status -> 1.0 / (status.getSegment().getMask() + 1)).sum();
        return Math.abs(covered - 1.0) < 1e-9 && statuses.stream().allMatch(status -> status.getCurrentPosition().orElse(-1) >= head);
    }
}
