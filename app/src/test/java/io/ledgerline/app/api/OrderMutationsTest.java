package io.ledgerline.app.api;

import io.ledgerline.app.GraphQlClients;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.api.inventory.ReceiveStockCommand;
import io.ledgerline.app.LedgerlineIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The order mutations over GraphQL HTTP: commands through the façade, answers from the read model. */
@SuppressWarnings("unchecked")
class OrderMutationsTest extends LedgerlineIntegrationTest {

    private static final String PLACE = """
            mutation($input: PlaceOrderInput!) { placeOrder(input: $input) {
              order { id orderNumber status total lines { sku quantity } }
              errors { field code message } } }""";

    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @Test
    @DisplayName("ORD-1: placeOrder answers the placed order as the read model shows it (read-your-writes)")
    void placeOrderAnswersThePlacedOrder() {
        String sku = stocked();
        Map<String, Object> payload = place(input(sku, 2, UUID.randomUUID().toString(), null));

        assertThat(payload.get("errors")).asList().isEmpty();
        Map<?, ?> order = (Map<?, ?>) payload.get("order");
        assertThat(order.get("orderNumber").toString()).matches("SO-\\d{8}-\\d{6}");
        assertThat(order.get("total")).isEqualTo("59.80");
        assertThat(order.get("lines")).isEqualTo(List.of(Map.of("sku", sku, "quantity", 2)));
    }

    @Test
    @DisplayName("ORD-1: invalid input comes back as user errors naming each field, and nothing is stored")
    void invalidInputIsRefusedFieldByField() {
        String customer = "customer-" + UUID.randomUUID();
        Map<String, Object> input = input("SKU-X", 0, customer, null);
        ((Map<String, Object>) input.get("shippingAddress")).put("phone", " ");

        Map<String, Object> payload = place(input);

        assertThat(payload.get("order")).isNull();
        assertThat((List<Map<String, Object>>) payload.get("errors"))
                .extracting(error -> error.get("field") + ":" + error.get("code"))
                .containsExactlyInAnyOrder("[shippingAddress, phone]:REQUIRED", "[lines, 0, quantity]:INVALID_QUANTITY");
        assertThat(jdbc.sql("select count(*) from domainevententry where convert_from(payload, 'UTF8') like ?")
                .param("%" + customer + "%").query(Long.class).single()).isZero();
    }

    @Test
    @DisplayName("ORD-1: the same idempotency key places one order and answers it again")
    void idempotencyKeyPlacesOneOrder() {
        String sku = stocked();
        String customer = "customer-" + UUID.randomUUID();
        Map<String, Object> first = place(input(sku, 1, customer, "checkout-42"));
        Map<String, Object> second = place(input(sku, 1, customer, "checkout-42"));

        String id = ((Map<?, ?>) first.get("order")).get("id").toString();
        assertThat(((Map<?, ?>) second.get("order")).get("id")).isEqualTo(id);
        assertThat(jdbc.sql("select count(*) from domainevententry where aggregateidentifier = ? and payloadtype like '%OrderPlacedEvent'")
                .param(id).query(Long.class).single()).isEqualTo(1L);
    }

    @Test
    @DisplayName("ORD-8: a refusal of an existing order comes back as a user error with its code")
    void refusalIsAUserError() {
        Map<String, Object> payload = graphQl().document("""
                        mutation { cancelOrder(orderId: "no-such-order", reason: "test") { order { id } errors { field code } } }""")
                .retrieveSync("cancelOrder").toEntity(Map.class);

        assertThat((List<Map<String, Object>>) payload.get("errors"))
                .extracting(error -> error.get("field") + ":" + error.get("code")).containsExactly("[orderId]:NOT_FOUND");
    }

    @Test
    @DisplayName("ORD-3: placeOrder answers once every line is reserved, so a payment sent right after the answer succeeds (8 clients at once)")
    void aPaymentRightAfterThePlacementsAnswerFindsTheStockReserved() throws Exception {
        String sku = stocked();
        int clients = 8;
        int ordersEach = 5;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<List<String>>> outcomes = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                outcomes.add(pool.submit(() -> {
                    List<String> answers = new ArrayList<>();
                    for (int i = 0; i < ordersEach; i++) {
                        Map<String, Object> placed = place(input(sku, 1, "customer-" + UUID.randomUUID(), null));
                        Map<?, ?> order = (Map<?, ?>) placed.get("order");
                        Map<String, Object> paid = pay(order.get("id").toString(), order.get("total").toString());
                        answers.add(order.get("status") + " " + paid.get("errors") + " " + ((Map<?, ?>) paid.get("order")).get("status"));
                    }
                    return answers;
                }));
            }
            for (Future<List<String>> outcome : outcomes) {
                assertThat(outcome.get(2, TimeUnit.MINUTES)).allSatisfy(answer ->
                        assertThat(answer).isEqualTo("PENDING_PAYMENT [] PAID"));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("ORD-3: placeOrder of more than the stock answers the order REJECTED, out of stock, naming the sku")
    void aPlacementBeyondTheStockAnswersRejected() {
        String sku = stocked();

        Map<String, Object> payload = place(input(sku, 51, "customer-" + UUID.randomUUID(), null));

        assertThat(payload.get("errors")).asList().isEmpty();
        Map<?, ?> order = (Map<?, ?>) payload.get("order");
        assertThat(order.get("status")).isEqualTo("REJECTED");
        assertThat(jdbc.sql("""
                        select convert_from(payload, 'UTF8') from domainevententry
                        where aggregateidentifier = ? and payloadtype like '%OrderRejectedEvent'""")
                .param(order.get("id")).query(String.class).single()).contains("OUT_OF_STOCK").contains(sku);
    }

    @Test
    @DisplayName("ORD-4: modifyOrder answers once the changed lines are reserved, so a payment right after succeeds")
    void aPaymentRightAfterAModificationFindsTheNewLinesReserved() {
        String sku = stocked();
        Map<?, ?> placed = (Map<?, ?>) place(input(sku, 1, "customer-" + UUID.randomUUID(), null)).get("order");

        Map<String, Object> modified = graphQl().document("""
                        mutation($id: ID!, $lines: [OrderLineInput!]!) { modifyOrder(orderId: $id, lines: $lines) {
                          order { id status total } errors { field code message } } }""")
                .variable("id", placed.get("id"))
                .variable("lines", List.of(Map.of("sku", sku, "productName", "Porcelain spoon", "category", "KITCHEN",
                        "unitPrice", "29.90", "quantity", 3)))
                .retrieveSync("modifyOrder").toEntity(Map.class);
        Map<?, ?> order = (Map<?, ?>) modified.get("order");
        Map<String, Object> paid = pay(order.get("id").toString(), order.get("total").toString());

        assertThat(order.get("total")).isEqualTo("89.70");
        assertThat(paid.get("errors")).asList().isEmpty();
        assertThat(((Map<?, ?>) paid.get("order")).get("status")).isEqualTo("PAID");
    }

    private Map<String, Object> pay(String orderId, String amount) {
        return graphQl().document("""
                        mutation($id: ID!, $amount: Money!) { recordPayment(orderId: $id, method: ONLINE, amount: $amount,
                          transactionRef: $ref) { order { status } errors { field code message } } }"""
                        .replace("$ref", "\"tx-" + UUID.randomUUID() + "\""))
                .variable("id", orderId).variable("amount", amount)
                .retrieveSync("recordPayment").toEntity(Map.class);
    }

    private Map<String, Object> place(Map<String, Object> input) {
        return graphQl().document(PLACE).variable("input", input).retrieveSync("placeOrder").toEntity(Map.class);
    }

    private String stocked() {
        String sku = "SKU-API-" + UUID.randomUUID();
        commands.sendAndWait(new ReceiveStockCommand(sku, "WH-EAST", 50, "Porcelain spoon"));
        return sku;
    }

    private static Map<String, Object> input(String sku, int quantity, String customer, String idempotencyKey) {
        Map<String, Object> address = new java.util.HashMap<>(Map.of("recipient", "Zhao Lei", "phone", "13700000000",
                "province", "Sichuan", "city", "Chengdu", "line", "3 Jinli Street", "postalCode", "610000"));
        Map<String, Object> input = new java.util.HashMap<>(Map.of("customerId", customer, "channel", "WEB",
                "paymentMethod", "ONLINE", "deliveryMethod", "STANDARD", "shippingAddress", address,
                "lines", List.of(Map.of("sku", sku, "productName", "Porcelain spoon", "category", "KITCHEN",
                        "unitPrice", "29.90", "quantity", quantity))));
        if (idempotencyKey != null) {
            input.put("idempotencyKey", idempotencyKey);
        }
        return input;
    }

    private HttpSyncGraphQlClient graphQl() {
        return GraphQlClients.http(port);
    }
}
