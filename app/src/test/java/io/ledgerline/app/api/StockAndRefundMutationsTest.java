package io.ledgerline.app.api;

import io.ledgerline.app.GraphQlClients;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ledgerline.api.order.PlaceOrderCommand;
import io.ledgerline.app.LedgerlineIntegrationTest;
import io.ledgerline.app.OrderJourneys;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Inventory and refund mutations over GraphQL HTTP: each answers the read model after its change. */
@SuppressWarnings("unchecked")
class StockAndRefundMutationsTest extends LedgerlineIntegrationTest {

    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @Test
    @DisplayName("INV-1, INV-2, INV-6: stock mutations answer the item as it is after each change")
    void stockMutationsAnswerTheChangedItem() {
        String sku = "SKU-MUT-" + UUID.randomUUID();
        Map<String, Object> received = mutate("""
                mutation($sku: String!) { receiveStock(sku: $sku, warehouse: "WH-A", quantity: 12, productName: "Bamboo tray") {
                  item { sku onHand available warehouses { warehouse onHand } } errors { code } } }""", sku, "receiveStock");
        assertThat((Map<String, Object>) received.get("item")).containsEntry("onHand", 12).containsEntry("available", 12);

        Map<String, Object> moved = mutate("""
                mutation($sku: String!) { transferStock(sku: $sku, from: "WH-A", to: "WH-B", quantity: 5) {
                  item { warehouses { warehouse onHand } } errors { code } } }""", sku, "transferStock");
        assertThat((List<Map<String, Object>>) ((Map<String, Object>) moved.get("item")).get("warehouses"))
                .extracting(w -> w.get("warehouse") + "=" + w.get("onHand")).containsExactlyInAnyOrder("WH-A=7", "WH-B=5");

        Map<String, Object> refused = mutate("""
                mutation($sku: String!) { adjustStock(sku: $sku, warehouse: "WH-A", delta: -3, reason: "") {
                  item { onHand } errors { field code } } }""", sku, "adjustStock");
        assertThat((List<Map<String, Object>>) refused.get("errors")).extracting(e -> e.get("field") + ":" + e.get("code"))
                .containsExactly("[reason]:REQUIRED");
        assertThat((Map<String, Object>) refused.get("item")).containsEntry("onHand", 12);
    }

    @Test
    @DisplayName("REF-1, REF-3, REF-4: a refund requested, approved and paid back over GraphQL")
    void refundMutationsFollowTheRefund() {
        PlaceOrderCommand order = new OrderJourneys(commands, jdbc).paidTeaSet();

        Map<String, Object> requested = graphQl().document("""
                        mutation($id: ID!) { requestRefund(orderId: $id, reason: QUALITY_ISSUE, amount: "59.70", note: "chipped cup") {
                          refund { id status amount } errors { code } } }""")
                .variable("id", order.orderId()).retrieveSync("requestRefund").toEntity(Map.class);
        Map<String, Object> refund = (Map<String, Object>) requested.get("refund");
        assertThat(refund).containsEntry("status", "REQUESTED").containsEntry("amount", "59.70");

        Map<String, Object> approved = graphQl().document("mutation($id: ID!) { approveRefund(refundId: $id) { refund { status attempts } errors { code } } }")
                .variable("id", refund.get("id")).retrieveSync("approveRefund").toEntity(Map.class);
        assertThat((Map<String, Object>) approved.get("refund")).containsEntry("status", "PROCESSING").containsEntry("attempts", 1);

        Map<String, Object> done = graphQl().document("mutation($id: ID!) { recordRefundResult(refundId: $id, succeeded: true) { refund { status completedAt } errors { code } } }")
                .variable("id", refund.get("id")).retrieveSync("recordRefundResult").toEntity(Map.class);
        assertThat((Map<String, Object>) done.get("refund")).containsEntry("status", "COMPLETED");

        // The order learns of the completed refund through the refund saga, a moment later.
        await().atMost(Duration.ofSeconds(30)).until(() -> "59.70".equals(orderRefunds(order.orderId()).get("amountRefunded")));
        Map<String, Object> refunded = orderRefunds(order.orderId());
        assertThat(refunded.get("refunds")).isEqualTo(List.of(Map.of("id", refund.get("id"), "status", "COMPLETED", "amount", "59.70")));
        assertThat(refunded.get("amountRefunded")).isEqualTo("59.70");

        Map<String, Object> tooMuch = graphQl().document("""
                        mutation($id: ID!) { requestRefund(orderId: $id, reason: OTHER, amount: "500.00") { refund { id } errors { field code } } }""")
                .variable("id", order.orderId()).retrieveSync("requestRefund").toEntity(Map.class);
        assertThat((List<Map<String, Object>>) tooMuch.get("errors")).extracting(e -> e.get("field") + ":" + e.get("code"))
                .containsExactly("[amount]:REFUND_EXCEEDS_PAID");
    }

    private Map<String, Object> orderRefunds(String orderId) {
        return graphQl().document("query($id: ID) { order(id: $id) { amountRefunded refunds { id status amount } } }")
                .variable("id", orderId).retrieveSync("order").toEntity(Map.class);
    }

    private Map<String, Object> mutate(String document, String sku, String field) {
        return graphQl().document(document).variable("sku", sku).retrieveSync(field).toEntity(Map.class);
    }

    private HttpSyncGraphQlClient graphQl() {
        return GraphQlClients.http(port);
    }
}
