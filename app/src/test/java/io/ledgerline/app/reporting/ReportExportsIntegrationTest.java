package io.ledgerline.app.reporting;

import static io.ledgerline.app.reporting.ReportingWorkload.SPRING_END;
import static io.ledgerline.app.reporting.ReportingWorkload.SPRING_START;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/**
 * ANA-6: every report downloaded as CSV and as XLSX (opened with Apache POI, a reader independent of the writer)
 * holds exactly the rows and figures its GraphQL query answers.
 */
class ReportExportsIntegrationTest extends ReportingTestSupport {

    @Test
    @DisplayName("ANA-6: every report's CSV and XLSX export holds the figures of its GraphQL query")
    void exportsEqualGraphQl() throws Exception {
        LocalDate from = SPRING_START;
        LocalDate to = SPRING_END;
        Map<String, Object> p = period(from, to);
        awaitEqual(() -> assertThat(query("query($p: Period!) { salesSummary(period: $p) { orders } }", Map.of("p", p)))
                .isEqualTo(Map.of("salesSummary", Map.of("orders", direct().summary(from, to).get("orders")))));

        exports().everyReportEqualsGraphQl(from, to);
    }

    @Test
    @DisplayName("ANA-6: an export over ledgerline.reporting.max-period is refused with 400, PERIOD_TOO_LONG naming period; an unknown report is 404")
    void refusals() {
        LocalDate from = LocalDate.of(2030, 1, 1);
        Map<String, Object> p = period(from, from.plusDays(401));
        ResponseEntity<String> tooLong = exports().get("sales-over-time.csv?from=" + p.get("from") + "&to=" + p.get("to") + "&granularity=DAY");
        assertThat(tooLong.getStatusCode().value()).isEqualTo(400);
        assertThat(tooLong.getBody()).contains("\"code\":\"PERIOD_TOO_LONG\"").contains("\"field\":[\"period\"]");

        ResponseEntity<String> noGranularity = exports().get("sales-over-time.xlsx?from=" + p.get("from") + "&to=" + period(from, from.plusDays(3)).get("to"));
        assertThat(noGranularity.getStatusCode().value()).isEqualTo(400);
        assertThat(noGranularity.getBody()).contains("\"field\":[\"granularity\"]");

        assertThat(exports().get("no-such-report.csv").getStatusCode().value()).isEqualTo(404);
        assertThat(exports().get("low-stock-skus.pdf").getStatusCode().value()).isEqualTo(404);
    }

    private ReportExports exports() {
        return new ReportExports(port, reports);
    }
}
