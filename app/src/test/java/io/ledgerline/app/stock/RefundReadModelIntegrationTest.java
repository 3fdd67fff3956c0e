package io.ledgerline.app.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ledgerline.api.common.Money;
import io.ledgerline.api.inventory.ReceiveStockCommand;
import io.ledgerline.api.order.PlaceOrderCommand;
import io.ledgerline.api.order.RequestRefundCommand;
import io.ledgerline.api.refund.ApproveRefundCommand;
import io.ledgerline.api.refund.FindRefundsOfOrdersQuery;
import io.ledgerline.api.refund.RecordRefundResultCommand;
import io.ledgerline.api.refund.RefundReason;
import io.ledgerline.api.refund.RefundStatus;
import io.ledgerline.api.refund.RefundView;
import io.ledgerline.api.refund.RejectRefundCommand;
import io.ledgerline.api.refund.RetryRefundCommand;
import io.ledgerline.app.EventStoreReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.client.ClientGraphQlResponse;

/** The refund read model and its GraphQL queries, driven by real orders, refund requests and decisions. */
class RefundReadModelIntegrationTest extends StockIntegrationTest {

    private static final String REFUND = """
            query($id: ID!) { refund(id: $id) {
              id orderId orderNumber status reason amount attempts requestedAt decidedAt completedAt note failureReason } }""";
    private static final String REFUNDS = """
            query($status: [RefundStatus!], $first: Int, $after: String) {
              refunds(status: $status, first: $first, after: $after) {
                totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id status } } } }""";

    @Autowired
    QueryGateway queries;

    @Test
    @DisplayName("REF-3, REF-4: a refund reads REQUESTED, then PROCESSING with its first attempt once approved, then COMPLETED")
    void approvedAndPaidBack() {
        PlaceOrderCommand order = paidOrder(10);
        String refundId = requestRefund(order, "30.00", "scratched lid");

        Map<String, Object> requested = awaitRefund(refundId, refund -> true);
        assertThat(requested).containsEntry("id", refundId).containsEntry("orderId", order.orderId())
                .containsEntry("status", "REQUESTED").containsEntry("reason", "QUALITY_ISSUE")
                .containsEntry("amount", "30.00").containsEntry("attempts", 0).containsEntry("note", "scratched lid")
                .containsEntry("decidedAt", null).containsEntry("completedAt", null).containsEntry("failureReason", null);
        assertThat((String) requested.get("orderNumber")).matches("SO-\\d{8}-\\d{6}");
        Instant requestedAt = Instant.parse((String) requested.get("requestedAt"));

        commands.sendAndWait(new ApproveRefundCommand(refundId));
        Map<String, Object> processing = awaitRefund(refundId, refund -> refund.get("status").equals("PROCESSING"));
        assertThat(processing).containsEntry("attempts", 1);
        assertThat(Instant.parse((String) processing.get("decidedAt"))).isAfterOrEqualTo(requestedAt);

        commands.sendAndWait(new RecordRefundResultCommand(refundId, true, null));
        Map<String, Object> completed = awaitRefund(refundId, refund -> refund.get("status").equals("COMPLETED"));
        assertThat(completed).containsEntry("attempts", 1).containsEntry("decidedAt", processing.get("decidedAt"));
        assertThat(Instant.parse((String) completed.get("completedAt"))).isAfterOrEqualTo(requestedAt);
    }

    @Test
    @DisplayName("REF-3: a rejected refund reads REJECTED with its decision time; the note stays the requester's, the reason is kept apart")
    void rejected() {
        PlaceOrderCommand order = paidOrder(5);
        String refundId = requestRefund(order, "50.00", "not as described");
        awaitRefund(refundId, refund -> true);

        commands.sendAndWait(new RejectRefundCommand(refundId, "used beyond inspection"));

        Map<String, Object> rejected = awaitRefund(refundId, refund -> refund.get("status").equals("REJECTED"));
        assertThat(rejected).containsEntry("note", "not as described").containsEntry("attempts", 0)
                .containsEntry("completedAt", null);
        assertThat(rejected.get("decidedAt")).isNotNull();
        assertThat(jdbc.sql("select rejection_reason from refund_view where refund_id = ?").param(refundId)
                .query(String.class).single()).isEqualTo("used beyond inspection");
    }

    @Test
    @DisplayName("REF-4: a failed attempt reads FAILED with the provider's reason; a retry is PROCESSING with attempt 2")
    void failedAndRetried() {
        PlaceOrderCommand order = paidOrder(3);
        String refundId = requestRefund(order, "10.00", null);
        awaitRefund(refundId, refund -> true);
        commands.sendAndWait(new ApproveRefundCommand(refundId));
        awaitRefund(refundId, refund -> refund.get("status").equals("PROCESSING"));

        commands.sendAndWait(new RecordRefundResultCommand(refundId, false, "card expired"));
        Map<String, Object> failed = awaitRefund(refundId, refund -> refund.get("status").equals("FAILED"));
        assertThat(failed).containsEntry("failureReason", "card expired").containsEntry("attempts", 1)
                .containsEntry("note", null);

        commands.sendAndWait(new RetryRefundCommand(refundId, null));
        Map<String, Object> retried = awaitRefund(refundId, refund -> refund.get("attempts").equals(2));
        assertThat(retried).containsEntry("status", "PROCESSING").containsEntry("failureReason", "card expired");
    }

    @Test
    @DisplayName("REF-3: refunds(status, first, after) pages newest first by opaque keyset cursors, with the filter's totalCount")
    @SuppressWarnings("unchecked")
    void refundsPages() {
        PlaceOrderCommand order = paidOrder(10);
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String refundId = requestRefund(order, "10.00", "part " + i);
            awaitRefund(refundId, refund -> true);
            mine.add(refundId);
        }
        commands.sendAndWait(new RejectRefundCommand(mine.get(2), "duplicate request"));
        awaitRefund(mine.get(2), refund -> refund.get("status").equals("REJECTED"));

        // Walk every REQUESTED or REJECTED refund two at a time; other tests' refunds are there too.
        List<String> walked = new ArrayList<>();
        String after = null;
        int totalCount;
        boolean hasNextPage;
        do {
            Map<String, Object> variables = new HashMap<>(Map.of("status", List.of("REQUESTED", "REJECTED"), "first", 2));
            variables.put("after", after);
            Map<String, Object> connection = (Map<String, Object>) query(REFUNDS, variables).get("refunds");
            List<Map<String, Object>> edges = (List<Map<String, Object>>) connection.get("edges");
            Map<String, Object> pageInfo = (Map<String, Object>) connection.get("pageInfo");
            assertThat(edges).hasSizeBetween(1, 2);
            assertThat(pageInfo.get("endCursor")).isEqualTo(edges.getLast().get("cursor"));
            edges.forEach(edge -> {
                Map<String, Object> node = (Map<String, Object>) edge.get("node");
                assertThat(node.get("status")).isIn("REQUESTED", "REJECTED");
                walked.add((String) node.get("id"));
            });
            totalCount = (Integer) connection.get("totalCount");
            hasNextPage = (Boolean) pageInfo.get("hasNextPage");
            after = (String) pageInfo.get("endCursor");
        } while (hasNextPage);

        assertThat(walked).doesNotHaveDuplicates().hasSize(totalCount);
        // Newest first: the last refund requested comes first, and nothing requested later sits between them.
        int first = walked.indexOf(mine.get(2));
        assertThat(walked.subList(first, first + 3)).containsExactly(mine.get(2), mine.get(1), mine.get(0));
        List<Instant> times = walked.stream().map(this::requestedAt).toList();
        assertThat(times).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        Map<String, Object> rejectedOnly = (Map<String, Object>) query(REFUNDS,
                Map.of("status", List.of("REJECTED"), "first", 100)).get("refunds");
        assertThat((List<Map<String, Object>>) rejectedOnly.get("edges"))
                .extracting(edge -> ((Map<String, Object>) edge.get("node")).get("id"))
                .contains(mine.get(2)).doesNotContain(mine.get(0), mine.get(1));
    }

    @Test
    @DisplayName("refunds refuses a cursor it did not write, saying INVALID_ARGUMENT")
    void malformedCursor() {
        ClientGraphQlResponse response = execute(REFUNDS, Map.of("after", "bm90IGEgY3Vyc29y"));

        assertThat(response.getErrors()).singleElement()
                .satisfies(error -> assertThat(error.getExtensions()).containsEntry("code", "INVALID_ARGUMENT"));
    }

    @Test
    @DisplayName("REF-1: FindRefundsOfOrdersQuery answers every refund of the given orders in one query, oldest first per order")
    void refundsOfOrders() {
        PlaceOrderCommand order = paidOrder(4);
        PlaceOrderCommand other = paidOrder(2);
        String first = requestRefund(order, "5.00", null);
        awaitRefund(first, refund -> true);
        String second = requestRefund(order, "6.00", null);
        String third = requestRefund(other, "7.00", null);
        awaitRefund(second, refund -> true);
        awaitRefund(third, refund -> true);

        List<RefundView> refunds = queries.query(new FindRefundsOfOrdersQuery(List.of(order.orderId(), other.orderId())),
                ResponseTypes.multipleInstancesOf(RefundView.class)).join();

        assertThat(refunds).filteredOn(refund -> refund.orderId().equals(order.orderId()))
                .extracting(RefundView::id).containsExactly(first, second);
        assertThat(refunds).filteredOn(refund -> refund.orderId().equals(other.orderId()))
                .singleElement().satisfies(refund -> {
                    assertThat(refund.id()).isEqualTo(third);
                    assertThat(refund.amount()).isEqualTo(Money.of("7.00"));
                    assertThat(refund.status()).isEqualTo(RefundStatus.REQUESTED);
                });
        assertThat(refunds).hasSize(3);
    }

    /** A stocked, placed, confirmed and fully paid order of {@code quantity} units at 10.00. */
    private PlaceOrderCommand paidOrder(int quantity) {
        String sku = uniqueSku("REF");
        commands.sendAndWait(new ReceiveStockCommand(sku, "WH-EAST", 100, null));
        PlaceOrderCommand order = placeReservedOrder(sku, quantity);
        pay(order);
        return order;
    }

    /** Requests a refund on the order and waits until the refund saga opened it. */
    private String requestRefund(PlaceOrderCommand order, String amount, String note) {
        String refundId = UUID.randomUUID().toString();
        commands.sendAndWait(new RequestRefundCommand(order.orderId(), refundId, RefundReason.QUALITY_ISSUE,
                Money.of(amount), List.of(), false, null, note));
        EventStoreReader events = new EventStoreReader(jdbc);
        await().atMost(TIMEOUT).until(() -> events.types(refundId).contains("RefundOpenedEvent"));
        return refundId;
    }

    private Map<String, Object> awaitRefund(String refundId, Predicate<Map<String, Object>> condition) {
        return awaitField(REFUND, Map.of("id", refundId), "refund", condition);
    }

    @SuppressWarnings("unchecked")
    private Instant requestedAt(String refundId) {
        return Instant.parse((String) ((Map<String, Object>) query(REFUND, Map.of("id", refundId)).get("refund"))
                .get("requestedAt"));
    }
}
