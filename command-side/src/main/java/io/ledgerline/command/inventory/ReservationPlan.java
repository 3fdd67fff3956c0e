package io.ledgerline.command.inventory;

import io.ledgerline.api.inventory.WarehouseQuantity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * INV-3: which warehouses serve a reservation. The most preferred warehouse that can serve the whole
 * quantity does, so the line ships as one parcel; only when none can is it split, taking the most preferred
 * warehouses first. Preference is priority (highest first), then warehouse name, so the same stock always
 * gives the same plan.
 */
final class ReservationPlan {

    private static final Comparator<Warehouse> PREFERENCE = Comparator.comparingInt(Warehouse::priority)
            .reversed().thenComparing(Warehouse::name);

    private ReservationPlan() {
    }

    /** The allocations for {@code quantity}, which must not exceed the sku's available stock. */
    static List<WarehouseQuantity> allocate(Stock stock, int quantity) {
        if (quantity > stock.available()) {
            throw new IllegalArgumentException("cannot plan " + quantity + " from " + stock.available() + " available");
        }
        List<Warehouse> preferred = stock.warehouses().values().stream()
                .filter(warehouse -> warehouse.available() > 0).sorted(PREFERENCE).toList();
        for (Warehouse warehouse : preferred) {
            if (warehouse.available() >= quantity) {
                return List.of(new WarehouseQuantity(warehouse.name(), quantity));
            }
        }
        List<WarehouseQuantity> split = new ArrayList<>();
        int missing = quantity;
        for (Warehouse warehouse : preferred) {
            int taken = Math.min(missing, warehouse.available());
            split.add(new WarehouseQuantity(warehouse.name(), taken));
            missing -= taken;
            if (missing == 0) {
                break;
            }
        }
        return List.copyOf(split);
    }
}
