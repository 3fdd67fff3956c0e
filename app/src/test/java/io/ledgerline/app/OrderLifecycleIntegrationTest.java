package io.ledgerline.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ledgerline.api.common.Money;
import io.ledgerline.api.order.ConfirmReceiptCommand;
import io.ledgerline.api.order.OrderLine;
import io.ledgerline.api.order.PaymentMethod;
import io.ledgerline.api.order.PlaceOrderCommand;
import io.ledgerline.api.order.RecordPaymentCommand;
import io.ledgerline.api.order.RecordTrackingEventCommand;
import io.ledgerline.api.order.RequestRefundCommand;
import io.ledgerline.api.order.ShipOrderCommand;
import io.ledgerline.api.order.TrackingStatus;
import io.ledgerline.api.refund.ApproveRefundCommand;
import io.ledgerline.api.refund.RecordRefundResultCommand;
import io.ledgerline.api.refund.RefundReason;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Whole journeys through the aggregates and sagas, on the real PostgreSQL event store. */
class OrderLifecycleIntegrationTest extends LedgerlineIntegrationTest {

    private static final Duration SAGA_TIMEOUT = Duration.ofSeconds(30);

    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("ORD-13, ORD-9, INV-4: an order's whole life is its event stream, in order, each step with its actor")
    void anOrdersLifeIsItsEventStream() {
        PlaceOrderCommand order = confirmedOrder();
        commands.sendAndWait(new RecordPaymentCommand(order.orderId(), PaymentMethod.ONLINE, Money.of("188.70"), "TX-" + UUID.randomUUID()));
        commands.sendAndWait(new ShipOrderCommand(order.orderId(), "SF Express", "SF1234567890"));
        commands.sendAndWait(new RecordTrackingEventCommand(order.orderId(), TrackingStatus.IN_TRANSIT, "Hangzhou hub", null, null));
        commands.sendAndWait(new RecordTrackingEventCommand(order.orderId(), TrackingStatus.DELIVERED, "Front desk", null, "Li Wei"));
        commands.sendAndWait(new ConfirmReceiptCommand(order.orderId()));

        EventStoreReader events = new EventStoreReader(jdbc);
        assertThat(events.types(order.orderId())).containsExactly("OrderPlacedEvent", "OrderStockReservedEvent",
                "PaymentRecordedEvent", "OrderReadyForFulfilmentEvent", "OrderShippedEvent", "TrackingEventRecordedEvent",
                "TrackingEventRecordedEvent", "OrderDeliveredEvent", "OrderCompletedEvent");
        List<Long> sequence = jdbc.sql("select sequencenumber from domainevententry where aggregateidentifier = ? order by globalindex")
                .param(order.orderId()).query(Long.class).list();
        assertThat(sequence).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
        List<Instant> times = jdbc.sql("select timestamp from domainevententry where aggregateidentifier = ? order by globalindex")
                .param(order.orderId()).query(String.class).list().stream().map(Instant::parse).toList();
        assertThat(times).isSorted();
        assertThat(events.metadata(order.orderId())).allSatisfy(meta -> assertThat(meta.get("actor").asText()).isNotBlank());

        // Shipping turned the reservations into deductions (INV-4).
        for (OrderLine line : order.lines()) {
            await().atMost(SAGA_TIMEOUT).until(() -> events.payloads(line.sku(), "ReservedStockDeductedEvent").stream()
                    .anyMatch(deducted -> deducted.get("orderId").asText().equals(order.orderId())));
        }
    }

    @Test
    @DisplayName("ORD-8, REF-3, REF-4: an unshipped order refunded in full ends CANCELLED and its stock is released")
    void fullRefundOfAnUnshippedOrderCancelsIt() {
        PlaceOrderCommand order = confirmedOrder();
        commands.sendAndWait(new RecordPaymentCommand(order.orderId(), PaymentMethod.ONLINE, Money.of("188.70"), "TX-" + UUID.randomUUID()));
        String refundId = UUID.randomUUID().toString();
        commands.sendAndWait(new RequestRefundCommand(order.orderId(), refundId, RefundReason.CUSTOMER_REQUEST,
                Money.of("188.70"), List.of(), false, null, "ordered twice"));

        EventStoreReader events = new EventStoreReader(jdbc);
        await().atMost(SAGA_TIMEOUT).until(() -> events.types(refundId).contains("RefundOpenedEvent"));
        commands.sendAndWait(new ApproveRefundCommand(refundId));
        commands.sendAndWait(new RecordRefundResultCommand(refundId, true, null));

        await().atMost(SAGA_TIMEOUT).until(() -> events.types(order.orderId()).contains("OrderCancelledEvent"));
        assertThat(events.payloads(order.orderId(), "OrderCancelledEvent").getFirst().get("reason").asText()).isEqualTo("FULLY_REFUNDED");
        assertThat(events.payloads(order.orderId(), "OrderRefundedEvent").getFirst().get("totalRefunded").get("amount").decimalValue())
                .isEqualByComparingTo("188.70");
        for (OrderLine line : order.lines()) {
            await().atMost(SAGA_TIMEOUT).until(() -> events.payloads(line.sku(), "ReservationReleasedEvent").stream()
                    .anyMatch(released -> released.get("orderId").asText().equals(order.orderId())));
        }
    }

    private PlaceOrderCommand confirmedOrder() {
        return new OrderJourneys(commands, jdbc).confirmedTeaSet();
    }
}
