package io.ledgerline.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerline.app.GraphQlClients;
import io.ledgerline.app.LedgerlineIntegrationTest;
import java.time.Duration;
import java.util.List;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.SubscriptionErrorException;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.jdbc.core.simple.JdbcClient;

/** SEC-2 over WebSocket: the handshake's user is who subscribes, and a subscription outside their roles is refused and audited. */
class SubscriptionAuthorizationTest extends LedgerlineIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("SEC-2: finance may not subscribe to low-stock alerts: FORBIDDEN, and the refusal is in the audit log")
    void deniedSubscription() {
        long before = new SecurityEventsInStore(jdbc).denials("finance", "Subscription.lowStockAlerts");
        WebSocketGraphQlClient client = GraphQlClients.webSocket(port, "finance");
        try {
            List<ResponseError> errors;
            try {
                ClientGraphQlResponse first = client.document("subscription { lowStockAlerts { sku } }").executeSubscription()
                        .blockFirst(Duration.ofSeconds(10));
                errors = first == null ? List.of() : first.getErrors();
            } catch (SubscriptionErrorException refused) {
                errors = refused.getErrors();
            }
            assertThat(errors).singleElement().satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN));
            assertThat(new SecurityEventsInStore(jdbc).denials("finance", "Subscription.lowStockAlerts")).isEqualTo(before + 1);
        } finally {
            client.stop().block(Duration.ofSeconds(5));
        }
    }

    @Test
    @DisplayName("A WebSocket handshake without valid credentials is refused")
    void anonymousHandshakeIsRefused() {
        WebSocketGraphQlClient client = GraphQlClients.webSocket(port, "nobody");
        assertThatThrownBy(() -> client.document("subscription { orderUpdated { id } }").executeSubscription()
                .blockFirst(Duration.ofSeconds(10))).isNotNull();
    }
}
