package io.ledgerline.command.inventory;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import io.ledgerline.api.common.CommandRefusedException;
import io.ledgerline.api.inventory.AdjustStockCommand;
import io.ledgerline.api.inventory.DeductReservedStockCommand;
import io.ledgerline.api.inventory.DiscrepancyType;
import io.ledgerline.api.inventory.LowStockThresholdSetEvent;
import io.ledgerline.api.inventory.ReceiveStockCommand;
import io.ledgerline.api.inventory.RecordStocktakeCommand;
import io.ledgerline.api.inventory.ReleaseReservationCommand;
import io.ledgerline.api.inventory.ReservationReleasedEvent;
import io.ledgerline.api.inventory.ReserveStockCommand;
import io.ledgerline.api.inventory.ReservedStockDeductedEvent;
import io.ledgerline.api.inventory.RestockReturnedGoodsCommand;
import io.ledgerline.api.inventory.ReturnedGoodsRestockedEvent;
import io.ledgerline.api.inventory.SetLowStockThresholdCommand;
import io.ledgerline.api.inventory.SetWarehousePriorityCommand;
import io.ledgerline.api.inventory.StockAdjustedEvent;
import io.ledgerline.api.inventory.StockReceivedEvent;
import io.ledgerline.api.inventory.StockReservationRefusedEvent;
import io.ledgerline.api.inventory.StockReservedEvent;
import io.ledgerline.api.inventory.StockTransferredEvent;
import io.ledgerline.api.inventory.StocktakeRecordedEvent;
import io.ledgerline.api.inventory.TransferStockCommand;
import io.ledgerline.api.inventory.WarehousePrioritySetEvent;
import io.ledgerline.api.inventory.WarehouseQuantity;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One sku's stock across warehouses (INV-1..INV-8): decides every stock change and records it as an event.
 * State changes only in the {@code @EventSourcingHandler}s; after every change of stock the low-stock
 * alert is checked (INV-7).
 *
 * <p>Cached between commands and snapshotted every so many events (D58, D59). A snapshot is this class's fields
 * as JSON: raise the {@code @Revision} when they change, so that older snapshots are ignored and the events
 * replayed instead.
 */
@Aggregate(cache = "inventoryItemCache", snapshotTriggerDefinition = "aggregateSnapshotTrigger")
@Revision("1")
class InventoryItem {

    @AggregateIdentifier
    private String sku;
    private Stock stock = Stock.NONE;
    private final Map<String, List<WarehouseQuantity>> reservationsByOrder = new HashMap<>();
    private final Set<String> restockedRefunds = new HashSet<>();
    @AggregateMember
    private final LowStockAlert lowStock = new LowStockAlert();

    InventoryItem() {
        // Axon rebuilds the item from its events through this constructor.
    }

    /** INV-1: the first receipt of a sku creates its item. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ReceiveStockCommand command) {
        new Checks().required("sku", command.sku()).required("warehouse", command.warehouse())
                .atLeastOne("quantity", command.quantity()).orRefuse();
        Stock after = stock.plus(command.warehouse(), command.quantity());
        applyAndCheckLowStock(new StockReceivedEvent(command.sku(), command.warehouse(), command.quantity(),
                command.productName(), after.at(command.warehouse()).onHand(), after.available()));
    }

    /** INV-2: a correction needs a reason, and a downward one may not take on-hand below what is reserved. */
    @CommandHandler
    void handle(AdjustStockCommand command) {
        new Checks().required("warehouse", command.warehouse())
                .that(command.delta() != 0, "delta", "INVALID_QUANTITY", "delta must not be 0")
                .required("reason", command.reason()).orRefuse();
        Stock after = stock.plus(command.warehouse(), command.delta());
        Warehouse adjusted = after.at(command.warehouse());
        // Upward corrections are always allowed: they bring an over-committed warehouse (INV-5) closer to whole.
        if (command.delta() < 0 && adjusted.onHand() < adjusted.reserved()) {
            throw CommandRefusedException.state("BELOW_RESERVED", "on-hand at %s would be %d, below the %d reserved"
                    .formatted(command.warehouse(), adjusted.onHand(), adjusted.reserved()));
        }
        applyAndCheckLowStock(new StockAdjustedEvent(sku, command.warehouse(), command.delta(), command.reason(),
                adjusted.onHand(), after.available()));
    }

    /** INV-3: all or nothing; too little stock is a recorded refusal, since the order saga acts on it. */
    @CommandHandler
    void handle(ReserveStockCommand command) {
        new Checks().required("orderId", command.orderId()).atLeastOne("quantity", command.quantity()).orRefuse();
        if (reservationsByOrder.containsKey(command.orderId())) {
            return; // a retry: the order already holds its reservation
        }
        int available = stock.available();
        if (available < command.quantity()) {
            apply(new StockReservationRefusedEvent(sku, command.orderId(), command.quantity(), available));
            return;
        }
        List<WarehouseQuantity> allocations = ReservationPlan.allocate(stock, command.quantity());
        applyAndCheckLowStock(new StockReservedEvent(sku, command.orderId(), command.quantity(), allocations,
                stock.change(allocations, Warehouse::reserve).available()));
    }

    /** INV-3: an order without a reservation here has nothing to give back, so compensation can be retried. */
    @CommandHandler
    void handle(ReleaseReservationCommand command) {
        List<WarehouseQuantity> allocations = reservationsByOrder.get(command.orderId());
        if (allocations != null) {
            applyAndCheckLowStock(new ReservationReleasedEvent(sku, command.orderId(), allocations, command.reason(),
                    stock.change(allocations, Warehouse::release).available()));
        }
    }

    /** INV-4: the shipped order's reservation leaves on-hand; once deducted there is nothing left to deduct. */
    @CommandHandler
    void handle(DeductReservedStockCommand command) {
        List<WarehouseQuantity> allocations = reservationsByOrder.get(command.orderId());
        if (allocations != null) {
            applyAndCheckLowStock(new ReservedStockDeductedEvent(sku, command.orderId(), allocations));
        }
    }

    /**
     * INV-5: the count becomes on-hand and the difference is recorded as a discrepancy. A count below what is
     * reserved is accepted too, because it is what is physically there: the warehouse's available stock is
     * then 0, never negative, and its reservations stay until released or deducted.
     */
    @CommandHandler
    void handle(RecordStocktakeCommand command, Clock clock) {
        new Checks().required("warehouse", command.warehouse()).notNegative("counted", command.counted())
                .required("countedBy", command.countedBy()).orRefuse();
        int expected = stock.at(command.warehouse()).onHand();
        int difference = command.counted() - expected;
        applyAndCheckLowStock(new StocktakeRecordedEvent(sku, command.warehouse(), expected, command.counted(),
                difference, DiscrepancyType.of(difference), command.countedBy(), clock.instant()));
    }

    /** INV-6: only available stock moves; reserved stock stays where its orders expect it. */
    @CommandHandler
    void handle(TransferStockCommand command) {
        new Checks().required("fromWarehouse", command.fromWarehouse()).required("toWarehouse", command.toWarehouse())
                .atLeastOne("quantity", command.quantity())
                .that(command.fromWarehouse() == null || !command.fromWarehouse().equals(command.toWarehouse()),
                        "toWarehouse", "SAME_WAREHOUSE", "toWarehouse must differ from fromWarehouse")
                .orRefuse();
        int available = stock.at(command.fromWarehouse()).available();
        if (available < command.quantity()) {
            throw CommandRefusedException.state("INSUFFICIENT_STOCK", "only %d available at %s"
                    .formatted(available, command.fromWarehouse()));
        }
        applyAndCheckLowStock(new StockTransferredEvent(sku, command.fromWarehouse(), command.toWarehouse(),
                command.quantity()));
    }

    /** INV-7: a new threshold is checked against the stock at once. */
    @CommandHandler
    void handle(SetLowStockThresholdCommand command) {
        new Checks().notNegative("threshold", command.threshold()).orRefuse();
        applyAndCheckLowStock(new LowStockThresholdSetEvent(sku, command.threshold()));
    }

    /** INV-3: ranks a warehouse for reservations. */
    @CommandHandler
    void handle(SetWarehousePriorityCommand command) {
        new Checks().required("warehouse", command.warehouse()).orRefuse();
        apply(new WarehousePrioritySetEvent(sku, command.warehouse(), command.priority()));
    }

    /** INV-8: once per refund, so a retried refund does not put the goods back twice. */
    @CommandHandler
    void handle(RestockReturnedGoodsCommand command) {
        new Checks().required("warehouse", command.warehouse()).atLeastOne("quantity", command.quantity())
                .required("refundId", command.refundId()).orRefuse();
        if (!restockedRefunds.contains(command.refundId())) {
            applyAndCheckLowStock(new ReturnedGoodsRestockedEvent(sku, command.warehouse(), command.quantity(),
                    command.refundId()));
        }
    }

    private void applyAndCheckLowStock(Object event) {
        apply(event); // the event sourcing handler has run, so the check sees the stock after the change
        lowStock.check(sku, stock.available()).ifPresent(alert -> apply(alert));
    }

    @EventSourcingHandler
    void on(StockReceivedEvent event) {
        sku = event.sku();
        stock = stock.plus(event.warehouse(), event.quantity());
    }

    @EventSourcingHandler
    void on(StockAdjustedEvent event) {
        stock = stock.plus(event.warehouse(), event.delta());
    }

    @EventSourcingHandler
    void on(StockReservedEvent event) {
        stock = stock.change(event.allocations(), Warehouse::reserve);
        reservationsByOrder.put(event.orderId(), List.copyOf(event.allocations()));
    }

    @EventSourcingHandler
    void on(ReservationReleasedEvent event) {
        stock = stock.change(event.allocations(), Warehouse::release);
        reservationsByOrder.remove(event.orderId());
    }

    @EventSourcingHandler
    void on(ReservedStockDeductedEvent event) {
        stock = stock.change(event.allocations(), Warehouse::deduct);
        reservationsByOrder.remove(event.orderId());
    }

    @EventSourcingHandler
    void on(StocktakeRecordedEvent event) {
        stock = stock.with(stock.at(event.warehouse()).counted(event.counted()));
    }

    @EventSourcingHandler
    void on(StockTransferredEvent event) {
        stock = stock.move(event.fromWarehouse(), event.toWarehouse(), event.quantity());
    }

    @EventSourcingHandler
    void on(WarehousePrioritySetEvent event) {
        stock = stock.with(stock.at(event.warehouse()).withPriority(event.priority()));
    }

    @EventSourcingHandler
    void on(ReturnedGoodsRestockedEvent event) {
        stock = stock.plus(event.warehouse(), event.quantity());
        restockedRefunds.add(event.refundId());
    }
}
