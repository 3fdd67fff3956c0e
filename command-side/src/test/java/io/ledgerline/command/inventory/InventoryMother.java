package io.ledgerline.command.inventory;

import io.ledgerline.command.RefusalMatcher;
import io.ledgerline.api.common.CommandRefusedException;
import io.ledgerline.api.inventory.LowStockThresholdSetEvent;
import io.ledgerline.api.inventory.StockReceivedEvent;
import io.ledgerline.api.inventory.StockReservedEvent;
import io.ledgerline.api.inventory.WarehousePrioritySetEvent;
import io.ledgerline.api.inventory.WarehouseQuantity;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Matcher;

/** Test data for the {@link InventoryItem} fixtures: one sku in three warehouses, a fixed clock. */
final class InventoryMother {

    static final String SKU = "SKU-TEACUP";
    static final String PRODUCT = "Tea cup";
    static final String EAST = "WH-EAST";
    static final String NORTH = "WH-NORTH";
    static final String WEST = "WH-WEST";
    static final Instant NOW = Instant.parse("2026-11-23T09:30:00Z");

    private InventoryMother() {
    }

    static AggregateTestFixture<InventoryItem> fixture() {
        AggregateTestFixture<InventoryItem> fixture = new AggregateTestFixture<>(InventoryItem.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        return fixture;
    }

    /** A receipt that left {@code onHand} at the warehouse and {@code available} for the sku. */
    static StockReceivedEvent received(String warehouse, int quantity, int onHand, int available) {
        return new StockReceivedEvent(SKU, warehouse, quantity, PRODUCT, onHand, available);
    }

    static StockReservedEvent reserved(String orderId, int available, WarehouseQuantity... allocations) {
        List<WarehouseQuantity> parts = List.of(allocations);
        return new StockReservedEvent(SKU, orderId, parts.stream().mapToInt(WarehouseQuantity::quantity).sum(),
                parts, available);
    }

    static WarehouseQuantity part(String warehouse, int quantity) {
        return new WarehouseQuantity(warehouse, quantity);
    }

    static WarehousePrioritySetEvent priority(String warehouse, int priority) {
        return new WarehousePrioritySetEvent(SKU, warehouse, priority);
    }

    static LowStockThresholdSetEvent threshold(int threshold) {
        return new LowStockThresholdSetEvent(SKU, threshold);
    }

    /** A refusal naming {@code field} (empty for a refusal about the item's state) with {@code code}. */
    static Matcher<CommandRefusedException> refused(String field, String code) {
        return RefusalMatcher.refusal(field, code);
    }
}
