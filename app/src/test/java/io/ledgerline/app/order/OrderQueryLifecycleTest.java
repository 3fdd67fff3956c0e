package io.ledgerline.app.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ledgerline.api.common.Money;
import io.ledgerline.api.order.ConfirmReceiptCommand;
import io.ledgerline.api.order.ExceptionResolution;
import io.ledgerline.api.order.ExceptionType;
import io.ledgerline.api.order.ModifyOrderLinesCommand;
import io.ledgerline.api.order.OrderLine;
import io.ledgerline.api.order.PlaceOrderCommand;
import io.ledgerline.api.order.RecordTrackingEventCommand;
import io.ledgerline.api.order.ReportLogisticsExceptionCommand;
import io.ledgerline.api.order.RequestRefundCommand;
import io.ledgerline.api.order.ResolveLogisticsExceptionCommand;
import io.ledgerline.api.order.Severity;
import io.ledgerline.api.order.ShipOrderCommand;
import io.ledgerline.api.order.TrackingStatus;
import io.ledgerline.api.refund.ApproveRefundCommand;
import io.ledgerline.api.refund.RecordRefundResultCommand;
import io.ledgerline.api.refund.RefundReason;
import io.ledgerline.app.EventStoreReader;
import io.ledgerline.app.LedgerlineIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The order read model follows a real order through its whole life, as {@code order(id)} shows it over GraphQL. */
class OrderQueryLifecycleTest extends LedgerlineIntegrationTest {

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
    @DisplayName("ORD-3, ORD-5, ORD-9, ORD-10, ORD-11, ORD-12: order(id) shows each step of an order's life, its shipment and exceptions")
    void orderShowsEveryStep() {
        String id = journey.placeConfirmed("lifecycle-" + UUID.randomUUID(), 1).getFirst().orderId();

        Map<String, Object> confirmed = atVersion(id, 1);
        assertThat(confirmed).containsEntry("status", "PENDING_PAYMENT").containsEntry("total", "159.00")
                .containsEntry("amountPaid", "0.00").containsEntry("amountRefunded", "0.00").containsEntry("channel", "MOBILE_APP")
                .containsEntry("shipment", null).containsEntry("exceptions", List.of());
        assertThat(confirmed.get("lines")).asList().hasSize(2);

        journey.pay(id);
        assertThat(atVersion(id, 3)).containsEntry("status", "PAID").containsEntry("amountPaid", "159.00");

        commands.sendAndWait(new ShipOrderCommand(id, "SF Express", "SF-ORDQ-1"));
        Map<String, Object> shipped = atVersion(id, 4);
        assertThat(shipped).containsEntry("status", "SHIPPED");
        assertThat(map(shipped, "shipment")).containsEntry("carrier", "SF Express").containsEntry("trackingNumber", "SF-ORDQ-1")
                .containsEntry("events", List.of()).containsKey("shippedAt");

        String exceptionId = UUID.randomUUID().toString();
        commands.sendAndWait(new ReportLogisticsExceptionCommand(id, exceptionId, ExceptionType.DELAYED, Severity.MINOR, "stuck at hub"));
        Map<String, Object> reported = onlyException(atVersion(id, 5));
        assertThat(reported).containsEntry("id", exceptionId).containsEntry("type", "DELAYED").containsEntry("severity", "MINOR")
                .containsEntry("escalated", false).containsEntry("resolvedAt", null).containsEntry("resolution", null)
                .containsEntry("note", "stuck at hub");
        assertThat(Duration.between(Instant.parse((String) reported.get("reportedAt")), Instant.parse((String) reported.get("dueBy"))))
                .as("ORD-12: a minor exception is due within 2 hours").isEqualTo(Duration.ofHours(2));

        commands.sendAndWait(new RecordTrackingEventCommand(id, TrackingStatus.IN_TRANSIT, "Suzhou hub", "sorted", null));
        Map<String, Object> inTransit = atVersion(id, 6);
        assertThat(list(map(inTransit, "shipment"), "events")).singleElement()
                .satisfies(event -> assertThat(event).containsEntry("status", "IN_TRANSIT").containsEntry("location", "Suzhou hub")
                        .containsEntry("note", "sorted"));

        commands.sendAndWait(new ResolveLogisticsExceptionCommand(id, exceptionId, ExceptionResolution.REDIRECTED, "rerouted via Wuxi"));
        Map<String, Object> resolved = onlyException(atVersion(id, 7));
        assertThat(resolved).containsEntry("resolution", "REDIRECTED").containsEntry("note", "rerouted via Wuxi")
                .containsEntry("escalated", false);
        assertThat(resolved.get("resolvedAt")).isNotNull();

        commands.sendAndWait(new RecordTrackingEventCommand(id, TrackingStatus.DELIVERED, "Front door", null, "Wang Fang"));
        Map<String, Object> delivered = atVersion(id, 9);
        assertThat(delivered).containsEntry("status", "DELIVERED");
        assertThat(list(map(delivered, "shipment"), "events")).extracting(event -> event.get("status"))
                .containsExactly("IN_TRANSIT", "DELIVERED");

        commands.sendAndWait(new ConfirmReceiptCommand(id));
        Map<String, Object> completed = atVersion(id, 10);
        assertThat(completed).containsEntry("status", "COMPLETED");

        // The row names the order's last event: its position, sequence and time (so a repeat of any event is refused).
        Map<String, Object> last = jdbc.sql("""
                        select globalindex, sequencenumber, timestamp from domainevententry
                        where aggregateidentifier = ? order by globalindex desc limit 1""").param(id).query().singleRow();
        assertThat(jdbc.sql("select last_event_position from order_view where order_id = ?").param(id).query(Long.class).single())
                .isEqualTo(last.get("globalindex"));
        assertThat(((Number) completed.get("version")).longValue()).isEqualTo(last.get("sequencenumber"));
        assertThat(Instant.parse((String) completed.get("updatedAt"))).isEqualTo(Instant.parse((String) last.get("timestamp")));
        assertThat(new EventStoreReader(jdbc).types(id)).hasSize(11);
    }

    @Test
    @DisplayName("ORD-4: modified lines change the order's lines, total and modifications left")
    void modifiedLinesAreShown() {
        PlaceOrderCommand order = journey.placeConfirmed("modify-" + UUID.randomUUID(), 1).getFirst();
        awaitOrder(order.orderId(), 1);

        commands.sendAndWait(new ModifyOrderLinesCommand(order.orderId(),
                List.of(new OrderLine(OrderJourney.MUG, "Stoneware mug", "KITCHEN", Money.of("35.50"), 1))));

        Map<String, Object> modified = awaitOrder(order.orderId(), 2);
        assertThat(modified).containsEntry("total", "35.50").containsEntry("modificationsLeft", 2);
        assertThat(list(modified, "lines")).singleElement().isEqualTo(
                Map.of("sku", OrderJourney.MUG, "quantity", 1, "unitPrice", "35.50", "lineTotal", "35.50"));
    }

    @Test
    @DisplayName("ORD-8, REF-4: a completed refund shows as amountRefunded; refunded in full before shipping, the order is CANCELLED")
    void refundsAreShown() {
        String id = journey.placeConfirmed("refund-" + UUID.randomUUID(), 1).getFirst().orderId();
        journey.pay(id);
        String refundId = UUID.randomUUID().toString();
        commands.sendAndWait(new RequestRefundCommand(id, refundId, RefundReason.CUSTOMER_REQUEST, Money.of("159.00"),
                List.of(), false, null, "changed my mind"));
        EventStoreReader events = new EventStoreReader(jdbc);
        await().atMost(OrderJourney.TIMEOUT).until(() -> events.types(refundId).contains("RefundOpenedEvent"));
        commands.sendAndWait(new ApproveRefundCommand(refundId));
        commands.sendAndWait(new RecordRefundResultCommand(refundId, true, null));

        await().atMost(OrderJourney.TIMEOUT).untilAsserted(() -> assertThat(journey.order(id))
                .containsEntry("status", "CANCELLED").containsEntry("amountRefunded", "159.00").containsEntry("amountPaid", "159.00"));
    }

    /** Waits until the order shows at least the given version (aggregate sequence of its last event); answers it then. */
    private Map<String, Object> awaitOrder(String id, int version) {
        await().atMost(OrderJourney.TIMEOUT).until(() -> ((Number) journey.order(id).get("version")).intValue() >= version);
        return journey.order(id);
    }

    /** The order once it shows this version, which must then be exactly its version: no event is missed or extra. */
    private Map<String, Object> atVersion(String id, int version) {
        Map<String, Object> order = awaitOrder(id, version);
        assertThat(order).containsEntry("version", version);
        return order;
    }

    private static Map<String, Object> onlyException(Map<String, Object> order) {
        List<Map<String, Object>> exceptions = list(order, "exceptions");
        assertThat(exceptions).hasSize(1);
        return exceptions.getFirst();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String field) {
        return (Map<String, Object>) parent.get(field);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> parent, String field) {
        return (List<Map<String, Object>>) parent.get(field);
    }
}
