package io.ledgerline.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.app.GraphQlClients;
import io.ledgerline.app.LedgerlineIntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

/** ANA-6 exports follow the roles of their report's query; a refused download is audited like a refused query (SEC-2). */
class ExportAuthorizationTest extends LedgerlineIntegrationTest {

    private static final String PERIOD = "?from=2025-12-31T16:00:00Z&to=2026-01-07T16:00:00Z";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("SEC-2: finance downloads the sales export; the clerk is refused 403 and the refusal is audited")
    void salesExportFollowsTheSalesRoles() {
        assertThat(download("finance", "/api/reports/sales-summary.csv" + PERIOD)).isEqualTo(200);

        long before = new SecurityEventsInStore(jdbc).denials("clerk", "GET /api/reports/sales-summary.csv");
        assertThat(download("clerk", "/api/reports/sales-summary.csv" + PERIOD)).isEqualTo(403);
        assertThat(new SecurityEventsInStore(jdbc).denials("clerk", "GET /api/reports/sales-summary.csv")).isEqualTo(before + 1);
    }

    @Test
    @DisplayName("The warehouse may download inventory exports but not sales; anonymous gets 401")
    void inventoryExportForTheWarehouse() {
        assertThat(download("warehouse", "/api/reports/low-stock-skus.xlsx")).isEqualTo(200);
        assertThat(download("warehouse", "/api/reports/top-products.csv" + PERIOD + "&by=REVENUE")).isEqualTo(403);
        int anonymous = RestClient.create("http://localhost:" + port).get().uri("/api/reports/sales-summary.csv" + PERIOD)
                .retrieve().onStatus(HttpStatusCode::isError, (request, response) -> { }).toBodilessEntity().getStatusCode().value();
        assertThat(anonymous).isEqualTo(401);
    }

    private int download(String user, String path) {
        return RestClient.create("http://localhost:" + port).get().uri(path)
                .header("Authorization", GraphQlClients.basic(user, user + "-pass"))
                .retrieve().onStatus(HttpStatusCode::isError, (request, response) -> { })
                .toEntity(byte[].class).getStatusCode().value();
    }
}
