package io.ledgerline.app.aggregates;

import static io.ledgerline.app.aggregates.StoredAggregates.INVENTORY_ITEM;
import static io.ledgerline.app.aggregates.StoredAggregates.ORDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.ledgerline.api.common.CommandRefusedException;
import io.ledgerline.api.common.Money;
import io.ledgerline.api.inventory.ReceiveStockCommand;
import io.ledgerline.api.inventory.ReleaseReservationCommand;
import io.ledgerline.api.inventory.ReserveStockCommand;
import io.ledgerline.api.inventory.RestockReturnedGoodsCommand;
import io.ledgerline.api.inventory.SetLowStockThresholdCommand;
import io.ledgerline.api.inventory.SetWarehousePriorityCommand;
import io.ledgerline.api.order.ExceptionResolution;
import io.ledgerline.api.order.ExceptionType;
import io.ledgerline.api.order.PaymentMethod;
import io.ledgerline.api.order.PlaceOrderCommand;
import io.ledgerline.api.order.RecordPaymentCommand;
import io.ledgerline.api.order.RecordRefundCompletedCommand;
import io.ledgerline.api.order.RecordTrackingEventCommand;
import io.ledgerline.api.order.ReleaseRefundAllocationCommand;
import io.ledgerline.api.order.ReportLogisticsExceptionCommand;
import io.ledgerline.api.order.RequestRefundCommand;
import io.ledgerline.api.order.ResolveLogisticsExceptionCommand;
import io.ledgerline.api.order.Severity;
import io.ledgerline.api.order.ShipOrderCommand;
import io.ledgerline.api.order.TrackingStatus;
import io.ledgerline.api.refund.RefundReason;
import io.ledgerline.app.EventStoreReader;
import io.ledgerline.app.LedgerlineIntegrationTest;
import io.ledgerline.app.OrderJourneys;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * D59: items and orders are snapshotted every 100 events (the default), and one loaded from its snapshot and
 * the later events is the same aggregate, deciding the same, as one replayed from all its events. Each test
 * empties the cache as a restart would, so that the snapshot is what is loaded.
 */
class AggregateSnapshotIntegrationTest extends LedgerlineIntegrationTest {

    private static final int SNAPSHOT_EVERY = 100;

    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Configuration axon;
    @Autowired
    EventStore eventStore;
    @Autowired
    Snapshotter snapshotter;
    @Autowired
    @Qualifier("inventoryItemCache")
    Cache inventoryItemCache;
    @Autowired
    @Qualifier("orderCache")
    Cache orderCache;

    StoredAggregates aggregates;
    EventStoreReader events;

    @BeforeEach
    void readers() {
        aggregates = new StoredAggregates(axon, eventStore, jdbc);
        events = new EventStoreReader(jdbc);
    }

    @Test
    @DisplayName("D59: an item with 100+ events is loaded from its snapshot and the events after it, and decides as from all its events")
    void inventoryItemLoadsFromItsSnapshot() {
        String sku = "SKU-SNAP-" + UUID.randomUUID();
        commands.sendAndWait(new ReceiveStockCommand(sku, "WH-A", 10, "Snapshot vase"));
        commands.sendAndWait(new ReceiveStockCommand(sku, "WH-B", 10, "Snapshot vase"));
        commands.sendAndWait(new ReceiveStockCommand(sku, "WH-C", 10, "Snapshot vase"));
        commands.sendAndWait(new SetWarehousePriorityCommand(sku, "WH-C", 5));
        commands.sendAndWait(new SetLowStockThresholdCommand(sku, 1000)); // raises the alert
        commands.sendAndWait(new ReserveStockCommand(sku, "order-kept", 2)); // from WH-C, the preferred warehouse
        commands.sendAndWait(new RestockReturnedGoodsCommand(sku, "WH-A", 1, "refund-1"));
        for (int i = 0; i < SNAPSHOT_EVERY / 2; i++) {
            commands.sendAndWait(new ReserveStockCommand(sku, "order-" + i, 1));
            commands.sendAndWait(new ReleaseReservationCommand(sku, "order-" + i, "cancelled"));
        }
        long snapshot = aggregates.awaitSnapshot(sku, SNAPSHOT_EVERY - 1);

        inventoryItemCache.remove(sku);
        assertReadsSnapshotThenLaterEvents(sku, INVENTORY_ITEM, snapshot);
        int before = events.types(sku).size();
        commands.sendAndWait(new ReserveStockCommand(sku, "order-kept", 2)); // a retry: its reservation is held
        commands.sendAndWait(new RestockReturnedGoodsCommand(sku, "WH-A", 1, "refund-1")); // restocked already
        commands.sendAndWait(new ReserveStockCommand(sku, "order-all", 29)); // all that is left, preferred first
        commands.sendAndWait(new ReserveStockCommand(sku, "order-none", 1));
        // No second LowStockAlertRaisedEvent: the alert is still raised.
        List<String> decided = events.types(sku);
        assertThat(decided.subList(before, decided.size()))
                .containsExactly("StockReservedEvent", "StockReservationRefusedEvent");
        JsonNode allocations = events.payloads(sku, "StockReservedEvent").getLast().get("allocations");
        assertThat(allocations.toString()).isEqualTo(
                "[{\"warehouse\":\"WH-C\",\"quantity\":8},{\"warehouse\":\"WH-A\",\"quantity\":11},{\"warehouse\":\"WH-B\",\"quantity\":10}]");

        assertSnapshotLoadEqualsFullReplay(INVENTORY_ITEM, sku, inventoryItemCache);
    }

    @Test
    @DisplayName("D59: an order with 100+ events is loaded from its snapshot and the events after it, and decides as from all its events")
    void orderLoadsFromItsSnapshot() {
        PlaceOrderCommand order = new OrderJourneys(commands, jdbc).confirmedTeaSet();
        String orderId = order.orderId();
        String paidWith = "TX-" + orderId;
        commands.sendAndWait(new RecordPaymentCommand(orderId, PaymentMethod.ONLINE, Money.of("188.70"), paidWith));
        commands.sendAndWait(new ShipOrderCommand(orderId, "SF Express", "SF-" + orderId));
        for (int i = 0; i < 45; i++) {
            commands.sendAndWait(new RecordTrackingEventCommand(orderId, TrackingStatus.IN_TRANSIT, "Hub " + i, null, null));
        }
        commands.sendAndWait(new RecordTrackingEventCommand(orderId, TrackingStatus.DELIVERED, "Hangzhou", null, "Li Wei"));
        for (int i = 0; i < 25; i++) {
            commands.sendAndWait(new ReportLogisticsExceptionCommand(orderId, "EX-" + i, ExceptionType.DELAYED, Severity.MINOR, null));
            commands.sendAndWait(new ResolveLogisticsExceptionCommand(orderId, "EX-" + i, ExceptionResolution.NO_ACTION, null));
        }
        commands.sendAndWait(new ReportLogisticsExceptionCommand(orderId, "EX-open", ExceptionType.DAMAGED, Severity.MAJOR, null));
        commands.sendAndWait(refund(orderId, "refund-done", "50.00"));
        commands.sendAndWait(new RecordRefundCompletedCommand(orderId, "refund-done", Money.of("50.00")));
        commands.sendAndWait(refund(orderId, "refund-released", "30.00"));
        commands.sendAndWait(new ReleaseRefundAllocationCommand(orderId, "refund-released"));
        commands.sendAndWait(refund(orderId, "refund-open", "20.00"));
        long snapshot = aggregates.awaitSnapshot(orderId, SNAPSHOT_EVERY - 1);

        orderCache.remove(orderId);
        assertReadsSnapshotThenLaterEvents(orderId, ORDER, snapshot);
        int before = events.types(orderId).size();
        commands.sendAndWait(new RecordPaymentCommand(orderId, PaymentMethod.ONLINE, Money.of("188.70"), paidWith)); // a duplicate
        commands.sendAndWait(new RecordRefundCompletedCommand(orderId, "refund-done", Money.of("50.00"))); // a repeat
        assertRefused(() -> commands.sendAndWait(refund(orderId, "refund-too-much", "118.71")), "REFUND_EXCEEDS_PAID");
        assertRefused(() -> commands.sendAndWait(new ResolveLogisticsExceptionCommand(orderId, "EX-3",
                ExceptionResolution.NO_ACTION, null)), "EXCEPTION_ALREADY_RESOLVED");
        assertRefused(() -> commands.sendAndWait(new ReportLogisticsExceptionCommand(orderId, "EX-open",
                ExceptionType.LOST, Severity.MAJOR, null)), "DUPLICATE_EXCEPTION");
        commands.sendAndWait(refund(orderId, "refund-rest", "118.70")); // 188.70 paid, 50 refunded, 20 requested
        commands.sendAndWait(new ResolveLogisticsExceptionCommand(orderId, "EX-open", ExceptionResolution.RESHIPPED, null));
        List<String> decided = events.types(orderId);
        assertThat(decided.subList(before, decided.size()))
                .containsExactly("RefundRequestedEvent", "LogisticsExceptionResolvedEvent");

        assertSnapshotLoadEqualsFullReplay(ORDER, orderId, orderCache);
    }

    @Test
    @DisplayName("D59: a snapshot of another revision of the aggregate class is ignored: the item is replayed from its events")
    void snapshotOfAnotherRevisionIsIgnored() {
        String sku = snapshottedItem();
        jdbc.sql("update snapshotevententry set payloadrevision = '0' where aggregateidentifier = ?").param(sku).update();

        assertReplayedFromItsEvents(sku);
    }

    @Test
    @DisplayName("D59: a snapshot that no longer fits the aggregate class is ignored, not a failed command: the item is replayed")
    void snapshotThatNoLongerFitsIsIgnored() {
        String sku = snapshottedItem();
        jdbc.sql("""
                update snapshotevententry set payload = convert_to(jsonb_set(convert_from(payload, 'UTF8')::jsonb,
                    '{removedField}', '1')::text, 'UTF8') where aggregateidentifier = ?""").param(sku).update();

        assertReplayedFromItsEvents(sku);
    }

    /** An item of three events, snapshotted. */
    private String snapshottedItem() {
        String sku = "SKU-SNAP-" + UUID.randomUUID();
        for (String warehouse : List.of("WH-A", "WH-B", "WH-C")) {
            commands.sendAndWait(new ReceiveStockCommand(sku, warehouse, 1, "Snapshot bowl"));
        }
        snapshotter.scheduleSnapshot(StoredAggregates.aggregateClass(INVENTORY_ITEM), sku);
        aggregates.awaitSnapshot(sku, 2);
        return sku;
    }

    private void assertReplayedFromItsEvents(String sku) {
        inventoryItemCache.remove(sku);
        assertThat(aggregates.read(sku)).extracting(DomainEventMessage::getSequenceNumber).containsExactly(0L, 1L, 2L);
        commands.sendAndWait(new ReserveStockCommand(sku, "order-1", 3));
        assertThat(events.types(sku)).contains("StockReservedEvent");
    }

    private void assertReadsSnapshotThenLaterEvents(String id, String type, long snapshot) {
        List<? extends DomainEventMessage<?>> read = aggregates.read(id);
        assertThat(read.getFirst().getPayloadType().getName()).isEqualTo(type);
        assertThat(read.getFirst().getSequenceNumber()).isEqualTo(snapshot);
        assertThat(read).as("the snapshot and the events after it").hasSize((int) (aggregates.lastSequence(id) - snapshot) + 1);
    }

    /** Every field of the aggregate loaded from its snapshot equals that of the aggregate replayed from all its events. */
    private void assertSnapshotLoadEqualsFullReplay(String type, String id, Cache cache) {
        assertThat(aggregates.read(id).getFirst().getPayloadType().getName()).isEqualTo(type);
        Object fromSnapshot = aggregates.loadUncached(type, id, cache);
        aggregates.dropSnapshots(id);
        assertThat(aggregates.read(id).getFirst().getSequenceNumber()).isZero();
        Object fromAllEvents = aggregates.loadUncached(type, id, cache);
        assertThat(fromSnapshot).isNotSameAs(fromAllEvents).usingRecursiveComparison().isEqualTo(fromAllEvents);
    }

    private static RequestRefundCommand refund(String orderId, String refundId, String amount) {
        return new RequestRefundCommand(orderId, refundId, RefundReason.CUSTOMER_REQUEST, Money.of(amount), List.of(),
                false, null, null);
    }

    private static void assertRefused(Runnable command, String code) {
        assertThatThrownBy(command::run).isInstanceOfSatisfying(CommandRefusedException.class,
                refused -> assertThat(refused.code()).isEqualTo(code));
    }
}
