package io.ledgerline.query.inventory;

import io.ledgerline.api.projection.EventPosition;
import io.ledgerline.api.inventory.DiscrepancyType;
import io.ledgerline.api.inventory.LowStockAlertClearedEvent;
import io.ledgerline.api.inventory.LowStockAlertRaisedEvent;
import io.ledgerline.api.inventory.LowStockThresholdSetEvent;
import io.ledgerline.api.inventory.ReservationReleasedEvent;
import io.ledgerline.api.inventory.ReservedStockDeductedEvent;
import io.ledgerline.api.inventory.ReturnedGoodsRestockedEvent;
import io.ledgerline.api.inventory.StockAdjustedEvent;
import io.ledgerline.api.inventory.StockReceivedEvent;
import io.ledgerline.api.inventory.StockReservedEvent;
import io.ledgerline.api.inventory.StockTransferredEvent;
import io.ledgerline.query.live.LowStockUpdates;
import org.axonframework.eventhandling.ReplayStatus;
import io.ledgerline.api.inventory.StocktakeRecordedEvent;
import io.ledgerline.api.inventory.WarehousePrioritySetEvent;
import io.ledgerline.api.inventory.WarehouseQuantity;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

/**
 * Builds the inventory read model and INV-5's discrepancy list in PostgreSQL from every stock event, applying
 * the InventoryItem aggregate's arithmetic. Each event first claims its position on the sku's row
 * ({@link InventoryViewRepository#claim}); an event already applied changes nothing, so replays and retries
 * are harmless. Events of one sku are handled in order (Axon sequences them per aggregate).
 */
@Component
@ProcessingGroup(InventoryViewProjection.PROCESSING_GROUP)
class InventoryViewProjection {

    static final String PROCESSING_GROUP = "inventory-view";

    private final InventoryViewRepository stock;
    private final StocktakeDiscrepancyRepository discrepancies;
    private final LowStockUpdates lowStockUpdates;

    InventoryViewProjection(InventoryViewRepository stock, StocktakeDiscrepancyRepository discrepancies,
                            LowStockUpdates lowStockUpdates) {
        this.stock = stock;
        this.discrepancies = discrepancies;
        this.lowStockUpdates = lowStockUpdates;
    }

    @EventHandler
    void on(StockReceivedEvent event, @EventPosition long position) {
        once(event.sku(), position, () -> {
            if (event.productName() != null) {
                stock.nameProduct(event.sku(), event.productName());
            }
            stock.change(event.sku(), event.warehouse(), event.quantity(), 0, position);
        });
    }

    @EventHandler
    void on(StockAdjustedEvent event, @EventPosition long position) {
        once(event.sku(), position, () -> stock.change(event.sku(), event.warehouse(), event.delta(), 0, position));
    }

    @EventHandler
    void on(StockReservedEvent event, @EventPosition long position) {
        once(event.sku(), position, () -> perWarehouse(event.allocations())
                .forEach((warehouse, quantity) -> stock.change(event.sku(), warehouse, 0, quantity, position)));
    }

    @EventHandler
    void on(ReservationReleasedEvent event, @EventPosition long position) {
        once(event.sku(), position, () -> perWarehouse(event.allocations())
                .forEach((warehouse, quantity) -> stock.change(event.sku(), warehouse, 0, -quantity, position)));
    }

    @EventHandler
    void on(ReservedStockDeductedEvent event, @EventPosition long position) {
        once(event.sku(), position, () -> perWarehouse(event.allocations())
                .forEach((warehouse, quantity) -> stock.deduct(event.sku(), warehouse, quantity, position)));
    }

    @EventHandler
    void on(StocktakeRecordedEvent event, @EventPosition long position) {
        once(event.sku(), position, () -> {
            stock.count(event.sku(), event.warehouse(), event.counted(), position);
            if (event.discrepancy() != DiscrepancyType.NONE) {
                discrepancies.insert(event, position);
            }
        });
    }

    @EventHandler
    void on(StockTransferredEvent event, @EventPosition long position) {
        once(event.sku(), position, () -> {
            stock.change(event.sku(), event.fromWarehouse(), -event.quantity(), 0, position);
            stock.change(event.sku(), event.toWarehouse(), event.quantity(), 0, position);
        });
    }

    @EventHandler
    void on(ReturnedGoodsRestockedEvent event, @EventPosition long position) {
        once(event.sku(), position, () -> stock.change(event.sku(), event.warehouse(), event.quantity(), 0, position));
    }

    /** The aggregate counts a warehouse given a priority as one of the sku's warehouses, even with no stock. */
    @EventHandler
    void on(WarehousePrioritySetEvent event, @EventPosition long position) {
        once(event.sku(), position, () -> stock.change(event.sku(), event.warehouse(), 0, 0, position));
    }

    @EventHandler
    void on(LowStockThresholdSetEvent event, @EventPosition long position) {
        once(event.sku(), position, () -> stock.setThreshold(event.sku(), event.threshold()));
    }

    @EventHandler
    void on(LowStockAlertRaisedEvent event, @EventPosition long position, ReplayStatus replay) {
        once(event.sku(), position, () -> stock.setLowStock(event.sku(), true));
        if (!replay.isReplay()) { // a rebuild must not alert people about the past
            stock.find(event.sku()).ifPresent(lowStockUpdates::publish);
        }
    }

    @EventHandler
    void on(LowStockAlertClearedEvent event, @EventPosition long position) {
        once(event.sku(), position, () -> stock.setLowStock(event.sku(), false));
    }

    @ResetHandler
    void reset() {
        stock.deleteAll();
        discrepancies.deleteAll();
    }

    private void once(String sku, long position, Runnable change) {
        if (stock.claim(sku, position)) {
            change.run();
        }
    }

    /** Allocations summed per warehouse, so each warehouse row changes once per event. */
    private static Map<String, Integer> perWarehouse(List<WarehouseQuantity> allocations) {
        Map<String, Integer> sums = new TreeMap<>();
        allocations.forEach(part -> sums.merge(part.warehouse(), part.quantity(), Integer::sum));
        return sums;
    }
}
