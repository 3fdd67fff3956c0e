package io.ledgerline.reporting.inventory;

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
import io.ledgerline.api.inventory.StocktakeRecordedEvent;
import io.ledgerline.api.inventory.WarehousePrioritySetEvent;
import io.ledgerline.api.inventory.WarehouseQuantity;
import io.ledgerline.api.projection.EventPosition;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongConsumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

/**
 * Inventory statistics (ANA-5) in PostgreSQL: every sku's on-hand and reserved stock per warehouse (the InventoryItem
 * aggregate's arithmetic), its low-stock state (INV-7), and every stocktake (INV-5). Each event first claims its
 * position on the sku's row; an event applied already changes nothing. Events of one sku are handled in order.
 */
@Component
@ProcessingGroup(InventoryStatsProjection.PROCESSING_GROUP)
class InventoryStatsProjection {

    static final String PROCESSING_GROUP = "reporting-inventory";

    private final InventoryStatsRepository stock;

    InventoryStatsProjection(InventoryStatsRepository stock) {
        this.stock = stock;
    }

    @EventHandler
    void on(StockReceivedEvent event, @EventPosition long position) {
        once(event.sku(), position, at -> {
            if (event.productName() != null) {
                stock.nameProduct(event.sku(), event.productName());
            }
            stock.change(event.sku(), event.warehouse(), event.quantity(), 0);
        });
    }

    @EventHandler
    void on(StockAdjustedEvent event, @EventPosition long position) {
        once(event.sku(), position, at -> stock.change(event.sku(), event.warehouse(), event.delta(), 0));
    }

    @EventHandler
    void on(StockReservedEvent event, @EventPosition long position) {
        once(event.sku(), position, at -> perWarehouse(event.allocations())
                .forEach((warehouse, quantity) -> stock.change(event.sku(), warehouse, 0, quantity)));
    }

    @EventHandler
    void on(ReservationReleasedEvent event, @EventPosition long position) {
        once(event.sku(), position, at -> perWarehouse(event.allocations())
                .forEach((warehouse, quantity) -> stock.change(event.sku(), warehouse, 0, -quantity)));
    }

    @EventHandler
    void on(ReservedStockDeductedEvent event, @EventPosition long position) {
        once(event.sku(), position, at -> perWarehouse(event.allocations())
                .forEach((warehouse, quantity) -> stock.deduct(event.sku(), warehouse, quantity)));
    }

    @EventHandler
    void on(StocktakeRecordedEvent event, @EventPosition long position) {
        once(event.sku(), position, at -> {
            stock.count(event.sku(), event.warehouse(), event.counted());
            stock.recordStocktake(event, position);
        });
    }

    @EventHandler
    void on(StockTransferredEvent event, @EventPosition long position) {
        once(event.sku(), position, at -> {
            stock.change(event.sku(), event.fromWarehouse(), -event.quantity(), 0);
            stock.change(event.sku(), event.toWarehouse(), event.quantity(), 0);
        });
    }

    @EventHandler
    void on(ReturnedGoodsRestockedEvent event, @EventPosition long position) {
        once(event.sku(), position, at -> stock.change(event.sku(), event.warehouse(), event.quantity(), 0));
    }

    /** The aggregate counts a warehouse given a priority as one of the sku's warehouses, even with no stock. */
    @EventHandler
    void on(WarehousePrioritySetEvent event, @EventPosition long position) {
        once(event.sku(), position, at -> stock.change(event.sku(), event.warehouse(), 0, 0));
    }

    @EventHandler
    void on(LowStockThresholdSetEvent event, @EventPosition long position) {
        once(event.sku(), position, at -> stock.setThreshold(event.sku(), event.threshold()));
    }

    @EventHandler
    void on(LowStockAlertRaisedEvent event, @EventPosition long position) {
        once(event.sku(), position, at -> stock.setLowStock(event.sku(), true));
    }

    @EventHandler
    void on(LowStockAlertClearedEvent event, @EventPosition long position) {
        once(event.sku(), position, at -> stock.setLowStock(event.sku(), false));
    }

    @ResetHandler
    void reset() {
        stock.deleteAll();
    }

    private void once(String sku, long position, LongConsumer change) {
        if (stock.claim(sku, position)) {
            change.accept(position);
        }
    }

    /** Allocations summed per warehouse, so each warehouse row changes once per event. */
    private static Map<String, Integer> perWarehouse(List<WarehouseQuantity> allocations) {
        Map<String, Integer> sums = new TreeMap<>();
        allocations.forEach(part -> sums.merge(part.warehouse(), part.quantity(), Integer::sum));
        return sums;
    }
}
