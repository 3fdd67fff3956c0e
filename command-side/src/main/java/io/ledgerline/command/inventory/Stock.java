package io.ledgerline.command.inventory;

import io.ledgerline.api.inventory.WarehouseQuantity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A sku's stock in every warehouse that ever held it or was given a priority. Each change returns a new
 * {@code Stock}: command handlers compute the figures an event reports, event handlers keep the result.
 */
record Stock(Map<String, Warehouse> warehouses) {

    static final Stock NONE = new Stock(Map.of());

    Stock {
        warehouses = Map.copyOf(warehouses);
    }

    /** A warehouse's stock; one the sku has never been in holds nothing. */
    Warehouse at(String warehouse) {
        return warehouses.getOrDefault(warehouse, Warehouse.empty(warehouse));
    }

    /** The sku's available stock across all warehouses. */
    int available() {
        return warehouses.values().stream().mapToInt(Warehouse::available).sum();
    }

    Stock with(Warehouse warehouse) {
        Map<String, Warehouse> changed = new HashMap<>(warehouses);
        changed.put(warehouse.name(), warehouse);
        return new Stock(changed);
    }

    Stock plus(String warehouse, int delta) {
        return with(at(warehouse).plus(delta));
    }

    Stock move(String from, String to, int quantity) {
        return plus(from, -quantity).plus(to, quantity);
    }

    /** Applies {@code change} to each warehouse of a reservation's allocations. */
    Stock change(List<WarehouseQuantity> allocations, BiFunction<Warehouse, Integer, Warehouse> change) {
        Stock changed = this;
        for (WarehouseQuantity part : allocations) {
            changed = changed.with(change.apply(changed.at(part.warehouse()), part.quantity()));
        }
        return changed;
    }
}
