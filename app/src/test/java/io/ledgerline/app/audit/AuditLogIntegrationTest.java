package io.ledgerline.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ledgerline.api.common.Address;
import io.ledgerline.api.common.Money;
import io.ledgerline.api.inventory.ReceiveStockCommand;
import io.ledgerline.api.order.Channel;
import io.ledgerline.api.order.DeliveryMethod;
import io.ledgerline.api.order.OrderLine;
import io.ledgerline.api.order.PaymentMethod;
import io.ledgerline.api.order.PlaceOrderCommand;
import io.ledgerline.api.order.RecordPaymentCommand;
import io.ledgerline.api.order.RequestRefundCommand;
import io.ledgerline.api.refund.RefundReason;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.axonframework.common.DateTimeUtils;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.client.ClientGraphQlResponse;

/** The audit log and the histories (AUD-1, ORD-13), read over GraphQL from events the real command path stored. */
class AuditLogIntegrationTest extends AuditIntegrationTest {

    private static final String ENTRY = """
            globalIndex eventId aggregateType aggregateId sequence eventType eventRevision payload occurredAt
            actor role correlationId causationId hash sealed""";
    private static final String HISTORIES = """
            query($orderId: ID!, $refundId: ID!, $sku: String!) {
              order(id: $orderId) { history { %1$s } }
              refund(id: $refundId) { history { %1$s } }
              inventoryItem(sku: $sku) { history { %1$s } } }""".formatted(ENTRY);
    private static final String AUDIT_LOG = """
            query($filter: AuditFilter, $first: Int, $after: String) {
              auditLog(filter: $filter, first: $first, after: $after) {
                edges { cursor node { %s } } pageInfo { hasNextPage endCursor } } }""".formatted(ENTRY);

    @Test
    @DisplayName("ORD-13, AUD-1: an order's, its refund's and its stock item's history, oldest first, each event with actor, role, correlation and causation ids and its payload")
    void histories() {
        Actors actors = new Actors();
        PlaceOrderCommand order = actors.placedAndPaid(uniqueSku());
        String refundId = UUID.randomUUID().toString();
        actors.asService(new RequestRefundCommand(order.orderId(), refundId, RefundReason.QUALITY_ISSUE, Money.of("50.00"),
                List.of(), false, null, "dented lid"));
        await().atMost(TIMEOUT).until(() -> execute("query($id: ID!) { refund(id: $id) { id } }", Map.of("id", refundId))
                .field("refund.id").getValue() != null);

        Map<String, Object> data = query(HISTORIES, Map.of("orderId", order.orderId(), "refundId", refundId,
                "sku", order.lines().getFirst().sku()));

        List<Map<String, Object>> orderHistory = at(data, "order", "history");
        assertThat(orderHistory).extracting(entry -> entry.get("eventType")).containsExactly("OrderPlacedEvent",
                "OrderStockReservedEvent", "PaymentRecordedEvent", "OrderReadyForFulfilmentEvent", "RefundRequestedEvent");
        assertThat(orderHistory).extracting(entry -> entry.get("sequence")).containsExactly(0, 1, 2, 3, 4);
        assertThat(orderHistory).extracting(entry -> Long.parseLong((String) entry.get("globalIndex"))).isSorted();
        assertThat(orderHistory).allSatisfy(entry -> assertThat(entry).containsEntry("aggregateType", "Order")
                .containsEntry("aggregateId", order.orderId()));
        assertThat(orderHistory).extracting(entry -> entry.get("eventId"))
                .containsExactlyElementsOf(storedEventIds(order.orderId()));
        assertMetadataAsStored(orderHistory, order.orderId());

        Map<String, Object> placed = orderHistory.get(0);
        Map<String, Object> reserved = orderHistory.get(1);
        Map<String, Object> paid = orderHistory.get(2);
        Map<String, Object> ready = orderHistory.get(3);
        Map<String, Object> refundRequested = orderHistory.get(4);
        assertThat(placed).containsEntry("actor", actors.clerk).containsEntry("role", "ORDER_CLERK");
        assertThat(at(placed, "payload", "orderId").toString()).isEqualTo(order.orderId());
        assertThat(new BigDecimal(at(placed, "payload", "total", "amount").toString())).isEqualByComparingTo("100.00");
        assertThat(reserved).as("reserved by the saga on the clerk's behalf, in the placement's chain, caused by another message")
                .containsEntry("actor", actors.clerk).containsEntry("correlationId", placed.get("correlationId"))
                .doesNotContainEntry("causationId", placed.get("causationId"));
        assertThat(paid).containsEntry("actor", actors.finance).containsEntry("role", "FINANCE")
                .doesNotContainEntry("correlationId", placed.get("correlationId"));
        assertThat(ready).as("recorded by the same payment command")
                .containsEntry("actor", actors.finance).containsEntry("causationId", paid.get("causationId"));
        assertThat(refundRequested).containsEntry("actor", actors.service).containsEntry("role", "CUSTOMER_SERVICE");

        List<Map<String, Object>> refundHistory = at(data, "refund", "history");
        assertThat(refundHistory).extracting(entry -> entry.get("eventType")).containsExactly("RefundOpenedEvent");
        assertThat(refundHistory.getFirst()).as("opened by the refund saga, in the request's chain")
                .containsEntry("aggregateType", "Refund").containsEntry("aggregateId", refundId).containsEntry("sequence", 0)
                .containsEntry("actor", actors.service).containsEntry("correlationId", refundRequested.get("correlationId"));
        assertMetadataAsStored(refundHistory, refundId);

        List<Map<String, Object>> itemHistory = at(data, "inventoryItem", "history");
        assertThat(itemHistory).extracting(entry -> entry.get("eventType")).startsWith("StockReceivedEvent", "StockReservedEvent");
        assertThat(itemHistory.get(0)).containsEntry("aggregateType", "InventoryItem").containsEntry("actor", actors.warehouse)
                .containsEntry("role", "WAREHOUSE");
        assertThat(itemHistory.get(1)).containsEntry("correlationId", placed.get("correlationId"));
        assertMetadataAsStored(itemHistory, order.lines().getFirst().sku());
    }

    @Test
    @DisplayName("AUD-1: auditLog filters by aggregate, aggregate type, actor, event types and time range, and pages oldest first with cursors")
    void filtersAndPages() {
        Actors actors = new Actors();
        PlaceOrderCommand order = actors.placedAndPaid(uniqueSku());
        List<Long> stored = jdbc.sql("select globalindex from domainevententry where aggregateidentifier = ? order by globalindex")
                .param(order.orderId()).query(Long.class).list();
        assertThat(stored).hasSize(4);

        List<Map<String, Object>> paged = new ArrayList<>();
        List<Boolean> hasNextPage = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> variables = new HashMap<>(Map.of("filter", Map.of("aggregateId", order.orderId()), "first", 2));
            variables.put("after", after);
            Map<String, Object> page = at(query(AUDIT_LOG, variables), "auditLog");
            List<Map<String, Object>> edges = at(page, "edges");
            edges.forEach(edge -> paged.add(at(edge, "node")));
            hasNextPage.add(at(page, "pageInfo", "hasNextPage"));
            after = at(page, "pageInfo", "endCursor");
        } while (hasNextPage.getLast());
        assertThat(paged).extracting(entry -> Long.parseLong((String) entry.get("globalIndex"))).containsExactlyElementsOf(stored);
        assertThat(hasNextPage).containsExactly(true, false);

        assertThat(log(Map.of("aggregateId", order.orderId(), "eventType", List.of("PaymentRecordedEvent", "OrderReadyForFulfilmentEvent"))))
                .extracting(entry -> entry.get("eventType")).containsExactly("PaymentRecordedEvent", "OrderReadyForFulfilmentEvent");
        assertThat(log(Map.of("actor", actors.finance))).as("everything finance did, and only that")
                .extracting(entry -> entry.get("eventType")).containsExactly("PaymentRecordedEvent", "OrderReadyForFulfilmentEvent");
        assertThat(log(Map.of("actor", actors.warehouse, "aggregateType", "InventoryItem")))
                .extracting(entry -> entry.get("eventType")).containsExactly("StockReceivedEvent");
        assertThat(log(Map.of("actor", actors.warehouse, "aggregateType", "Order"))).isEmpty();

        Instant from = Instant.parse((String) paged.get(1).get("occurredAt"));
        Instant to = Instant.parse((String) paged.get(3).get("occurredAt"));
        List<Object> inRange = paged.stream().filter(entry -> {
            Instant at = Instant.parse((String) entry.get("occurredAt"));
            return !at.isBefore(from) && at.isBefore(to);
        }).map(entry -> entry.get("globalIndex")).toList();
        assertThat(log(Map.of("aggregateId", order.orderId(), "from", from.toString(), "to", to.toString())))
                .as("from inclusive, to exclusive").extracting(entry -> entry.get("globalIndex")).containsExactlyElementsOf(inRange)
                .contains(paged.get(1).get("globalIndex")).doesNotContain(paged.get(3).get("globalIndex"));
    }

    @Test
    @DisplayName("AUD-1: events of any aggregate and payload type read alike, payload as stored JSON; first is capped at 500 and the rest follows by cursor")
    void anyEventTypeAndPageCap() {
        String actor = uniqueActor("probe");
        String correlationId = UUID.randomUUID().toString();
        String timestamp = DateTimeUtils.formatInstant(Instant.now());
        IntStream.range(0, 520).forEach(i -> {
            String eventId = UUID.randomUUID().toString();
            jdbc.sql("""
                            insert into domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata,
                                payload, payloadrevision, payloadtype, timestamp)
                            values (?, 0, 'AuditProbe', ?, ?, ?, null, 'io.ledgerline.probe.ProbeRecordedEvent', ?)""")
                    .params(eventId, eventId, json("""
                                    {"actor":"%s","role":"AUDITOR","correlationId":"%s","causationId":"%s"}""".formatted(actor, correlationId, eventId)),
                            json("{\"probe\":%d,\"amount\":12.50,\"tags\":[\"a\",\"b\"]}".formatted(i)), timestamp)
                    .update();
        });
        Map<String, Object> filter = Map.of("aggregateType", "AuditProbe", "actor", actor);

        Map<String, Object> first = at(query(AUDIT_LOG, Map.of("filter", filter, "first", 10_000)), "auditLog");
        List<Map<String, Object>> firstEdges = at(first, "edges");
        assertThat(firstEdges).hasSize(500);
        assertThat((Boolean) at(first, "pageInfo", "hasNextPage")).isTrue();
        Map<String, Object> probe = at(firstEdges.getFirst(), "node");
        assertThat(probe).containsEntry("eventType", "ProbeRecordedEvent").containsEntry("aggregateType", "AuditProbe")
                .containsEntry("aggregateId", probe.get("eventId")).containsEntry("sequence", 0).containsEntry("actor", actor)
                .containsEntry("role", "AUDITOR").containsEntry("correlationId", correlationId);
        assertThat(at(probe, "payload", "probe").toString()).isEqualTo("0");
        assertThat(new BigDecimal(at(probe, "payload", "amount").toString())).isEqualByComparingTo("12.50");
        assertThat((List<Object>) at(probe, "payload", "tags")).containsExactly("a", "b");

        Map<String, Object> rest = at(query(AUDIT_LOG, Map.of("filter", filter, "first", 10_000,
                "after", at(first, "pageInfo", "endCursor"))), "auditLog");
        List<Map<String, Object>> restEdges = at(rest, "edges");
        assertThat(restEdges).hasSize(20);
        assertThat((Boolean) at(rest, "pageInfo", "hasNextPage")).isFalse();
        assertThat(restEdges).extracting(edge -> at(edge, "node", "payload", "probe").toString())
                .containsExactlyElementsOf(IntStream.range(500, 520).mapToObj(String::valueOf).toList());
    }

    @Test
    @DisplayName("AUD-1: a negative first, a foreign cursor or a range ending before it starts is refused as INVALID_ARGUMENT")
    void refusedArguments() {
        assertThat(refusal(Map.of("first", -1))).contains("first must not be negative");
        assertThat(refusal(Map.of("after", "bm90LWEtY3Vyc29y"))).contains("not a cursor of the audit log");
        assertThat(refusal(Map.of("filter", Map.of("from", "2026-01-02T00:00:00Z", "to", "2026-01-01T00:00:00Z"))))
                .contains("filter.to");
    }

    /** The actors of one test: each a user id no other test uses, each acting in their own role. */
    private final class Actors {
        final String warehouse = uniqueActor("warehouse");
        final String clerk = uniqueActor("clerk");
        final String finance = uniqueActor("finance");
        final String service = uniqueActor("service");

        /** Stock received by the warehouse, the order placed by the clerk (and confirmed by the saga), paid by finance. */
        PlaceOrderCommand placedAndPaid(String sku) {
            as(new ReceiveStockCommand(sku, "WH-AUDIT", 10, "Audit kettle"), warehouse, "WAREHOUSE");
            PlaceOrderCommand order = new PlaceOrderCommand(UUID.randomUUID().toString(), "audit-" + UUID.randomUUID(),
                    Channel.WEB, PaymentMethod.ONLINE, DeliveryMethod.EXPRESS,
                    new Address("Zhao Min", "13700000000", "Guangdong", "Shenzhen", "9 Harbour Road", "518000"),
                    List.of(new OrderLine(sku, "Audit kettle", "KITCHEN", Money.of("50.00"), 2)), null);
            as(order, clerk, "ORDER_CLERK");
            await().atMost(TIMEOUT).until(() -> events().types(order.orderId()).contains("OrderStockReservedEvent"));
            as(new RecordPaymentCommand(order.orderId(), PaymentMethod.ONLINE, TOTAL, "TX-" + UUID.randomUUID()), finance, "FINANCE");
            return order;
        }

        void asService(Object command) {
            as(command, service, "CUSTOMER_SERVICE");
        }

        /**
         * Sent from a thread of its own, so that only the explicit metadata names who acted (a test thread may
         * carry a signed-in user).
         */
        private void as(Object command, String actor, String role) {
            CompletableFuture.runAsync(() -> sendAs(command, actor, role)).join();
        }
    }

    private List<Map<String, Object>> log(Map<String, Object> filter) {
        List<Map<String, Object>> edges = at(query(AUDIT_LOG, Map.of("filter", filter, "first", 100)), "auditLog", "edges");
        return edges.stream().<Map<String, Object>>map(edge -> at(edge, "node")).toList();
    }

    private String refusal(Map<String, Object> variables) {
        ClientGraphQlResponse response = execute(AUDIT_LOG, variables);
        assertThat(response.getErrors()).singleElement().satisfies(error ->
                assertThat(error.getExtensions()).containsEntry("code", "INVALID_ARGUMENT"));
        return response.getErrors().getFirst().getMessage();
    }

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private List<String> storedEventIds(String aggregateId) {
        return jdbc.sql("select eventidentifier from domainevententry where aggregateidentifier = ? order by sequencenumber")
                .param(aggregateId).query(String.class).list();
    }

    /** Each entry's actor, role, correlation and causation ids are those stored in its event's metadata, and present. */
    private void assertMetadataAsStored(List<Map<String, Object>> history, String aggregateId) {
        var stored = events().metadata(aggregateId);
        assertThat(history).hasSize(stored.size());
        for (int i = 0; i < history.size(); i++) {
            Map<String, Object> entry = history.get(i);
            assertThat(entry.get("actor")).isEqualTo(stored.get(i).get("actor").asText()).isNotEqualTo("unknown");
            assertThat(entry.get("role")).isEqualTo(stored.get(i).get("role").asText());
            assertThat(entry.get("correlationId")).isEqualTo(stored.get(i).get("correlationId").asText());
            assertThat(entry.get("causationId")).isEqualTo(stored.get(i).get("causationId").asText());
        }
    }
}
