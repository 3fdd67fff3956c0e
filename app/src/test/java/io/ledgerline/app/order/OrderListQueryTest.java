package io.ledgerline.app.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ledgerline.api.order.PlaceOrderCommand;
import io.ledgerline.app.LedgerlineIntegrationTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@code orders(filter, first, after)} over GraphQL: filters, newest-first keyset pages, edge cursors and totalCount. */
class OrderListQueryTest extends LedgerlineIntegrationTest {

    private static final String ORDERS = """
            query($filter: OrderFilter, $first: Int, $after: String) {
              orders(filter: $filter, first: $first, after: $after) {
                edges { cursor node { id status customerId placedAt } }
                pageInfo { hasNextPage endCursor }
                totalCount } }""";

    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    private OrderJourney journey;

    @BeforeEach
    void journey() {
        journey = new OrderJourney(commands, jdbc, port);
    }

    @Test
    @DisplayName("orders pages a customer's orders newest first over two pages, filters by status, and counts every match")
    void pagesFiltersAndCounts() {
        String customer = "list-" + UUID.randomUUID();
        List<PlaceOrderCommand> placed = journey.placeConfirmed(customer, 5);
        journey.placeConfirmed("list-other-" + UUID.randomUUID(), 1);
        List<String> paid = placed.subList(0, 3).stream().map(PlaceOrderCommand::orderId).toList();
        paid.forEach(journey::pay);
        Map<String, Object> byCustomer = Map.of("customerId", customer);
        Map<String, Object> paidByCustomer = Map.of("customerId", customer, "status", List.of("PAID"));
        await().atMost(OrderJourney.TIMEOUT).until(() -> ((Number) page(paidByCustomer, 10, null).get("totalCount")).intValue() == 3
                && ((Number) page(byCustomer, 10, null).get("totalCount")).intValue() == 5);

        // By customer: 3 + 2 over two pages, newest first, every order once.
        Map<String, Object> first = page(byCustomer, 3, null);
        assertThat(first).containsEntry("totalCount", 5);
        assertThat(pageInfo(first)).containsEntry("hasNextPage", true).containsEntry("endCursor", edges(first).getLast().get("cursor"));
        Map<String, Object> second = page(byCustomer, 3, (String) pageInfo(first).get("endCursor"));
        assertThat(second).containsEntry("totalCount", 5);
        assertThat(pageInfo(second)).containsEntry("hasNextPage", false);
        List<Map<String, Object>> all = new ArrayList<>(nodes(first));
        all.addAll(nodes(second));
        assertThat(all).extracting(node -> node.get("id"))
                .containsExactlyInAnyOrderElementsOf(placed.stream().map(PlaceOrderCommand::orderId).toList());
        assertThat(all).allSatisfy(node -> assertThat(node).containsEntry("customerId", customer));
        assertThat(all).isSortedAccordingTo(Comparator.<Map<String, Object>, Instant>comparing(node -> Instant.parse((String) node.get("placedAt")))
                .thenComparing(node -> (String) node.get("id")).reversed());

        // By customer and status: the 3 paid ones, 2 + 1.
        Map<String, Object> paidFirst = page(paidByCustomer, 2, null);
        Map<String, Object> paidSecond = page(paidByCustomer, 2, (String) pageInfo(paidFirst).get("endCursor"));
        assertThat(paidFirst).containsEntry("totalCount", 3);
        assertThat(pageInfo(paidFirst)).containsEntry("hasNextPage", true);
        assertThat(pageInfo(paidSecond)).containsEntry("hasNextPage", false);
        List<Map<String, Object>> paidNodes = new ArrayList<>(nodes(paidFirst));
        paidNodes.addAll(nodes(paidSecond));
        assertThat(paidNodes).extracting(node -> node.get("id")).containsExactlyInAnyOrderElementsOf(paid);
        assertThat(paidNodes).allSatisfy(node -> assertThat(node).containsEntry("status", "PAID"));

        // The other filters: channel, province, totals and placement time.
        assertThat(page(Map.of("customerId", customer, "channel", List.of("WEB")), 10, null)).containsEntry("totalCount", 0);
        assertThat(page(Map.of("customerId", customer, "channel", List.of("MOBILE_APP", "WEB"), "province", "Jiangsu",
                "minTotal", "159.00", "maxTotal", "159.00"), 10, null)).containsEntry("totalCount", 5);
        assertThat(page(Map.of("customerId", customer, "minTotal", "159.01"), 10, null)).containsEntry("totalCount", 0);
        Instant newest = Instant.parse((String) nodes(first).getFirst().get("placedAt"));
        assertThat(page(Map.of("customerId", customer, "placedFrom", newest.toString()), 10, null)).containsEntry("totalCount", 1);
        assertThat(page(Map.of("customerId", customer, "placedTo", newest.toString()), 10, null)).containsEntry("totalCount", 4);
    }

    @Test
    @DisplayName("orders refuses a cursor it never gave out with a BAD_REQUEST error")
    void foreignCursorIsRefused() {
        ClientGraphQlResponse response = journey.graphQl().document(ORDERS).variable("first", 5).variable("after", "bm9wZQ")
                .executeSync();

        assertThat(response.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getMessage()).contains("not a cursor");
            assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST");
        });
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> page(Map<String, Object> filter, int first, String after) {
        return journey.graphQl().document(ORDERS).variable("filter", filter).variable("first", first).variable("after", after)
                .retrieveSync("orders").toEntity(Map.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> pageInfo(Map<String, Object> page) {
        return (Map<String, Object>) page.get("pageInfo");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> edges(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("edges");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> nodes(Map<String, Object> page) {
        return edges(page).stream().map(edge -> (Map<String, Object>) edge.get("node")).toList();
    }
}
