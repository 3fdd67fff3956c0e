package io.ledgerline.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.GetResponse;
import io.ledgerline.api.order.PlaceOrderCommand;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

/**
 * The first path through every layer, on the real embedded PostgreSQL and Elasticsearch: a command
 * decided by the Order aggregate, its event appended to the PostgreSQL event store, projected by a
 * streaming processor into a PostgreSQL table and by another into the Elasticsearch index, and read back
 * through GraphQL.
 */
class OrderPlacementEndToEndTest extends LedgerlineIntegrationTest {

    private static final Duration PROJECTION_TIMEOUT = Duration.ofSeconds(30);

    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ElasticsearchClient elasticsearch;
    @LocalServerPort
    int port;

    @Test
    @DisplayName("ORD-1, ORD-2: a placed order is stored as a JSON event, projected into PostgreSQL and Elasticsearch, and served by GraphQL")
    void placedOrderTravelsThroughEveryLayer() throws Exception {
        PlaceOrderCommand command = OrderFixtures.teaSet();
        commands.sendAndWait(command);

        Map<String, Object> event = jdbc.sql("""
                        select globalindex, sequencenumber, payloadtype, convert_from(payload, 'UTF8') as payload
                        from domainevententry where aggregateidentifier = ?""")
                .param(command.orderId()).query().singleRow();
        assertThat(event.get("payloadtype")).isEqualTo("io.ledgerline.api.order.OrderPlacedEvent");
        assertThat(event.get("sequencenumber")).isEqualTo(0L);
        assertThat((String) event.get("payload"))
                .contains("\"orderNumber\":\"SO-")
                .contains("\"amount\":188.70")
                .containsPattern("\"placedAt\":\"\\d{4}-\\d{2}-\\d{2}T");
        long globalIndex = (Long) event.get("globalindex");

        await().atMost(PROJECTION_TIMEOUT).until(() ->
                jdbc.sql("select count(*) from order_view where order_id = ?").param(command.orderId())
                        .query(Long.class).single() == 1);
        // The row is keyed by the position of the order's latest event it shows: the placement's, or the stock
        // reservation's if the fulfilment saga has already confirmed the order.
        assertThat(jdbc.sql("select last_event_position from order_view where order_id = ?").param(command.orderId())
                .query(Long.class).single()).isGreaterThanOrEqualTo(globalIndex)
                .isIn(jdbc.sql("select globalindex from domainevententry where aggregateidentifier = ?")
                        .param(command.orderId()).query(Long.class).list());

        await().atMost(PROJECTION_TIMEOUT).ignoreExceptions().until(() -> elasticsearch
                .get(g -> g.index("orders").id(command.orderId()), Map.class).found());
        GetResponse<Map> document = elasticsearch.get(g -> g.index("orders").id(command.orderId()), Map.class);
        assertThat(document.version()).as("external version = event position").isEqualTo(globalIndex);
        assertThat(document.source()).containsEntry("recipient", "Li Wei")
                .containsEntry("productNames", List.of("Celadon tea cup", "Yixing teapot"));

        Map<String, Object> order = graphQl().document("""
                        query($id: ID) { order(id: $id) {
                          id orderNumber status total amountPaid channel modificationsLeft version
                          shippingAddress { recipient province }
                          lines { sku quantity unitPrice lineTotal } } }""")
                .variable("id", command.orderId()).retrieveSync("order").toEntity(Map.class);
        // The fulfilment saga may already have reserved (or refused) the stock: the order is then a step further.
        assertThat(order).containsEntry("id", command.orderId()).containsEntry("total", "188.70")
                .containsEntry("amountPaid", "0.00").containsEntry("channel", "WEB").containsEntry("modificationsLeft", 3);
        assertThat(order.get("status")).isIn("PENDING_PAYMENT", "REJECTED");
        assertThat((String) order.get("orderNumber")).matches("SO-\\d{8}-\\d{6}");
        assertThat(order.get("lines")).asList().first().isEqualTo(
                Map.of("sku", "SKU-CUP", "quantity", 3, "unitPrice", "19.90", "lineTotal", "59.70"));

        Map<String, Object> byNumber = graphQl().document("query($n: String) { order(orderNumber: $n) { id } }")
                .variable("n", order.get("orderNumber")).retrieveSync("order").toEntity(Map.class);
        assertThat(byNumber).containsEntry("id", command.orderId());
    }

    @Test
    @DisplayName("AUD-1: the event store refuses updates and deletes of stored events")
    void eventStoreIsAppendOnly() {
        PlaceOrderCommand command = OrderFixtures.teaSet();
        commands.sendAndWait(command);

        assertThatThrownBy(() -> jdbc.sql("update domainevententry set payloadrevision = '2' where aggregateidentifier = ?")
                .param(command.orderId()).update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from domainevententry where aggregateidentifier = ?")
                .param(command.orderId()).update()).hasMessageContaining("append-only");
    }

    @Test
    @DisplayName("/actuator/health reports PostgreSQL, Elasticsearch and the event processors, all UP, to signed-in staff")
    @SuppressWarnings("unchecked")
    void healthCoversEveryPart() {
        Map<?, ?> health = RestClient.create("http://localhost:" + port).get().uri("/actuator/health")
                .header("Authorization", GraphQlClients.basic("admin", "admin-pass")).retrieve().body(Map.class);

        assertThat(health.get("status")).isEqualTo("UP");
        Map<?, ?> components = (Map<?, ?>) health.get("components");
        for (String component : List.of("db", "elasticsearch", "eventProcessors")) {
            assertThat(((Map<?, ?>) components.get(component)).get("status")).as(component).isEqualTo("UP");
        }
        Map<String, ?> processors = (Map<String, ?>) ((Map<?, ?>) components.get("eventProcessors")).get("details");
        assertThat(processors.keySet()).contains("order-view", "order-search");
    }

    @Test
    @DisplayName("GraphiQL is served at /graphiql where configured, to signed-in staff")
    void graphiqlIsServed() {
        String page = RestClient.create("http://localhost:" + port).get().uri("/graphiql?path=/graphql")
                .header("Authorization", GraphQlClients.basic("admin", "admin-pass")).retrieve().body(String.class);

        assertThat(page).containsIgnoringCase("graphiql");
    }

    private HttpSyncGraphQlClient graphQl() {
        return GraphQlClients.http(port);
    }
}
