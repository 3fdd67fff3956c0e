package io.ledgerline.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerline.app.EventStoreReader;
import io.ledgerline.app.GraphQlClients;
import io.ledgerline.app.LedgerlineIntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * SEC-1 end to end: an order's life over GraphQL, each step by the staff role whose job it is, and the
 * stored events name each of them and their role (saga-caused events name who set them off).
 */
class StaffDoTheirJobsTest extends LedgerlineIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("SEC-1: warehouse stocks, clerk places, finance takes payment, warehouse ships and delivers, service confirms receipt: each event names its actor")
    void everyStepNamesItsActor() {
        String sku = "SKU-SEC-" + UUID.randomUUID().toString().substring(0, 8);
        run("warehouse", "mutation($s: String!) { receiveStock(sku: $s, warehouse: \"WH-SEC\", quantity: 5, productName: \"Lamp\") { errors { code } } }",
                Map.of("s", sku));
        ClientGraphQlResponse placed = run("clerk", """
                mutation($s: String!) { placeOrder(input: {customerId: "cust-sec", channel: WEB, paymentMethod: ONLINE, deliveryMethod: STANDARD,
                  shippingAddress: {recipient: "Li Lei", phone: "13800000000", province: "Zhejiang", city: "Hangzhou", line: "1 Lake Road", postalCode: "310000"},
                  lines: [{sku: $s, productName: "Lamp", category: "HOME", unitPrice: "59.90", quantity: 2}]}) { order { id } errors { code } } }""",
                Map.of("s", sku));
        String orderId = placed.field("placeOrder.order.id").getValue();
        EventStoreReader events = new EventStoreReader(jdbc);
        await().atMost(Duration.ofSeconds(30)).until(() -> events.types(orderId).contains("OrderStockReservedEvent"));

        run("finance", "mutation($o: ID!) { recordPayment(orderId: $o, method: ONLINE, amount: \"119.80\", transactionRef: \"TX-SEC-1\") { errors { code } } }", Map.of("o", orderId));
        run("warehouse", "mutation($o: ID!) { shipOrder(orderId: $o, carrier: \"SF\", trackingNumber: \"SF-SEC-1\") { errors { code } } }", Map.of("o", orderId));
        run("warehouse", "mutation($o: ID!) { recordTrackingEvent(orderId: $o, status: DELIVERED, signer: \"Li Lei\") { errors { code } } }", Map.of("o", orderId));
        run("service", "mutation($o: ID!) { confirmReceipt(orderId: $o) { order { status } errors { code } } }", Map.of("o", orderId));

        List<String> types = events.types(orderId);
        List<JsonNode> metadata = events.metadata(orderId);
        Map<String, String> expected = Map.of("OrderPlacedEvent", "clerk/ORDER_CLERK", "OrderStockReservedEvent", "clerk/ORDER_CLERK",
                "PaymentRecordedEvent", "finance/FINANCE", "OrderShippedEvent", "warehouse/WAREHOUSE",
                "OrderDeliveredEvent", "warehouse/WAREHOUSE", "OrderCompletedEvent", "service/CUSTOMER_SERVICE");
        expected.forEach((type, actor) -> {
            int index = types.indexOf(type);
            assertThat(index).as("the order has a %s (it has %s)", type, types).isNotNegative();
            JsonNode meta = metadata.get(index);
            assertThat(meta.get("actor").asText() + "/" + meta.get("role").asText()).as(type).isEqualTo(actor);
        });
    }

    private ClientGraphQlResponse run(String user, String document, Map<String, Object> variables) {
        ClientGraphQlResponse response = GraphQlClients.http(port, user).document(document).variables(variables).executeSync();
        assertThat(response.getErrors()).as("%s: %s", user, document).isEmpty();
        return response;
    }
}
