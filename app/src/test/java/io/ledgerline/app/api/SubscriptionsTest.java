package io.ledgerline.app.api;

import io.ledgerline.app.GraphQlClients;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ledgerline.api.common.Money;
import io.ledgerline.api.inventory.ReceiveStockCommand;
import io.ledgerline.api.order.PaymentMethod;
import io.ledgerline.api.order.PlaceOrderCommand;
import io.ledgerline.api.order.RecordPaymentCommand;
import io.ledgerline.api.order.WatchOrdersQuery;
import io.ledgerline.app.LedgerlineIntegrationTest;
import io.ledgerline.app.OrderJourneys;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.WebSocketGraphQlClient;
import org.springframework.jdbc.core.simple.JdbcClient;
import reactor.core.Disposable;

/** Subscriptions over a real WebSocket (graphql-transport-ws), fed by Axon subscription queries. */
class SubscriptionsTest extends LedgerlineIntegrationTest {

    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    QueryUpdateEmitter updateEmitter;
    @LocalServerPort
    int port;

    @Test
    @DisplayName("orderUpdated pushes an order's change to a WebSocket subscriber as it happens")
    void paymentIsPushedToTheSubscriber() {
        PlaceOrderCommand order = new OrderJourneys(commands, jdbc).confirmedTeaSet();

        WebSocketGraphQlClient client = GraphQlClients.webSocket(port);
        List<Map<?, ?>> received = new CopyOnWriteArrayList<>();
        Disposable subscription = client.document("subscription($id: ID) { orderUpdated(orderId: $id) { id status amountPaid } }")
                .variable("id", order.orderId()).executeSubscription()
                .map(response -> (Map<?, ?>) response.field("orderUpdated").toEntity(Map.class))
                .subscribe(received::add);
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> updateEmitter.activeSubscriptions().stream()
                    .anyMatch(query -> query.getPayload() instanceof WatchOrdersQuery watch && order.orderId().equals(watch.orderId())));

            commands.sendAndWait(new RecordPaymentCommand(order.orderId(), PaymentMethod.ONLINE, Money.of("188.70"), "TX-WS-1"));

            await().atMost(Duration.ofSeconds(20)).until(() -> received.stream()
                    .anyMatch(update -> "PAID".equals(update.get("status")) && "188.70".equals(update.get("amountPaid"))));
            assertThat(received).allSatisfy(update -> assertThat(update.get("id")).isEqualTo(order.orderId()));
        } finally {
            subscription.dispose();
            client.stop().block(Duration.ofSeconds(5));
        }
    }

    @Test
    @DisplayName("INV-7: lowStockAlerts pushes an item when its available stock falls to its threshold")
    void lowStockAlertIsPushed() {
        String sku = "SKU-LOW-" + java.util.UUID.randomUUID();
        commands.sendAndWait(new ReceiveStockCommand(sku, "WH-EAST", 5, "Silk scarf"));
        commands.sendAndWait(new io.ledgerline.api.inventory.SetLowStockThresholdCommand(sku, 3));

        WebSocketGraphQlClient client = GraphQlClients.webSocket(port);
        List<Map<?, ?>> received = new CopyOnWriteArrayList<>();
        Disposable subscription = client.document("subscription { lowStockAlerts { sku available lowStock threshold } }")
                .executeSubscription()
                .map(response -> (Map<?, ?>) response.field("lowStockAlerts").toEntity(Map.class))
                .subscribe(received::add);
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> updateEmitter.activeSubscriptions().stream()
                    .anyMatch(query -> query.getPayload() instanceof io.ledgerline.api.inventory.WatchLowStockQuery));

            commands.sendAndWait(new io.ledgerline.api.inventory.AdjustStockCommand(sku, "WH-EAST", -2, "breakage"));

            await().atMost(Duration.ofSeconds(20)).until(() -> received.stream().anyMatch(item -> sku.equals(item.get("sku"))));
            Map<?, ?> alert = received.stream().filter(item -> sku.equals(item.get("sku"))).findFirst().orElseThrow();
            assertThat(alert.get("available")).isEqualTo(3);
            assertThat(alert.get("lowStock")).isEqualTo(true);
            assertThat(alert.get("threshold")).isEqualTo(3);
        } finally {
            subscription.dispose();
            client.stop().block(Duration.ofSeconds(5));
        }
    }
}
