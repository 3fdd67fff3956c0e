package io.ledgerline.app.simulator;

import io.ledgerline.api.inventory.AdjustStockCommand;
import io.ledgerline.api.inventory.InventoryItemView;
import io.ledgerline.api.inventory.ReceiveStockCommand;
import io.ledgerline.api.inventory.RecordStocktakeCommand;
import io.ledgerline.api.inventory.SetLowStockThresholdCommand;
import io.ledgerline.api.inventory.SetWarehousePriorityCommand;
import io.ledgerline.api.inventory.TransferStockCommand;
import io.ledgerline.api.inventory.WarehouseStockView;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * The warehouse team's routines (INV-1..INV-8), sized to the simulated demand: stock every product at its
 * warehouses at the start (priorities and low-stock thresholds set), reorder each morning what runs low
 * (deliveries arrive days later, now and then a supplier is a week or two late, so some skus run out and
 * orders are rejected for stock), count a few shelves every Sunday (stocktakes find the odd shortage or
 * surplus), put returned goods back on the shelves every Monday (transfers from the returns warehouse) and
 * write off the odd damaged item at the start of a month.
 */
final class StockKeeping {

    private static final double UNITS_PER_ORDER = 2.6;
    private static final int INITIAL_DAYS = 30;
    private static final int THRESHOLD_DAYS = 5;
    private static final int REORDER_POINT_DAYS = 10;
    private static final int REORDER_DAYS = 30;

    private final World world;
    private final Random random;
    private final int ordersPerDay;
    private final String returnsWarehouse;
    private final double totalPopularity;
    private final Map<String, Instant> deliveriesDue = new HashMap<>();
    private final Deck<Boolean> supplierLate;
    private final Deck<Integer> countDifference;

    StockKeeping(World world, Random random, int ordersPerDay) {
        this.world = world;
        this.random = random;
        this.ordersPerDay = ordersPerDay;
        this.returnsWarehouse = world.settings.returnsWarehouse();
        this.totalPopularity = world.catalogue.products().stream().mapToDouble(Product::popularity).sum();
        this.supplierLate = Deck.<Boolean>of(random).with(1, true).with(11, false);
        this.countDifference = Deck.<Integer>of(random).with(7, 0).with(1, -1).with(1, -2).with(1, 1);
    }

    /** INV-1, INV-3, INV-7: every product on the shelves, its warehouses ranked and its low-stock level set. */
    void stockTheShelves() {
        for (Product product : world.catalogue.products()) {
            List<String> warehouses = product.warehouses();
            int initial = units(product, INITIAL_DAYS);
            int main = (int) Math.ceil(initial * 0.6);
            receive(product, product.mainWarehouse(), main);
            for (String other : warehouses.subList(1, warehouses.size())) {
                receive(product, other, Math.max(1, (initial - main) / (warehouses.size() - 1)));
            }
            for (int i = 0; i < warehouses.size(); i++) {
                send(new SetWarehousePriorityCommand(product.sku(), warehouses.get(i), 10 - i * 5));
            }
            send(new SetLowStockThresholdCommand(product.sku(), units(product, THRESHOLD_DAYS)));
        }
    }

    /** Each morning: whatever is below ten days' demand is reordered, unless a delivery is on its way. */
    void reorder() {
        for (Product product : world.catalogue.products()) {
            if (deliveriesDue.containsKey(product.sku())) {
                continue;
            }
            int available = world.readings.stock(product.sku()).map(InventoryItemView::available).orElse(0);
            if (available >= units(product, REORDER_POINT_DAYS)) {
                continue;
            }
            Duration leadTime = supplierLate.draw() ? Duration.ofDays(10 + random.nextInt(11))
                    : Duration.ofHours(48 + random.nextInt(72));
            Instant arrival = world.now().plus(leadTime);
            deliveriesDue.put(product.sku(), arrival);
            world.stats.count("stock reordered");
            Chain.current().at(arrival, () -> {
                deliveriesDue.remove(product.sku());
                receive(product, product.mainWarehouse(), units(product, REORDER_DAYS));
            });
        }
    }

    /** INV-5, every Sunday: six shelves counted; the count is what is there, give or take a miscount. */
    void stocktake() {
        for (int i = 0; i < 6; i++) {
            Product product = world.catalogue.products().get(random.nextInt(world.catalogue.products().size()));
            String warehouse = product.warehouses().get(random.nextInt(product.warehouses().size()));
            int difference = countDifference.draw();
            Optional<WarehouseStockView> shelf = world.readings.stock(product.sku()).flatMap(item -> item.warehouses()
                    .stream().filter(view -> view.warehouse().equals(warehouse)).findFirst());
            if (shelf.isEmpty()) {
                continue;
            }
            Staff.Member counter = world.staff.anyone(Staff.Role.WAREHOUSE, random);
            if (world.actions.send(counter, new RecordStocktakeCommand(product.sku(), warehouse,
                    Math.max(0, shelf.get().onHand() + difference), counter.actor()))) {
                world.stats.count("stocktakes");
            }
        }
    }

    /** INV-6, INV-8, every Monday: goods returned last week go from the returns warehouse back to the main one. */
    void reshelveReturns() {
        for (Product product : world.catalogue.products()) {
            world.readings.stock(product.sku()).flatMap(item -> item.warehouses().stream()
                    .filter(view -> view.warehouse().equals(returnsWarehouse) && view.available() > 0).findFirst())
                    .ifPresent(returns -> {
                        if (send(new TransferStockCommand(product.sku(), returnsWarehouse, product.mainWarehouse(),
                                returns.available()))) {
                            world.stats.count("stock transfers");
                        }
                    });
        }
    }

    /** INV-2, at the start of a month: an item or two found damaged in storage is written off. */
    void writeOffDamaged() {
        for (int i = 0; i < 1 + random.nextInt(2); i++) {
            Product product = world.catalogue.products().get(random.nextInt(world.catalogue.products().size()));
            if (send(new AdjustStockCommand(product.sku(), product.mainWarehouse(), -1, "damaged in storage"))) {
                world.stats.count("stock adjustments");
            }
        }
    }

    private void receive(Product product, String warehouse, int quantity) {
        if (send(new ReceiveStockCommand(product.sku(), warehouse, quantity, product.name()))) {
            world.stats.count("stock receipts");
        }
    }

    private boolean send(Object command) {
        return world.actions.send(world.staff.anyone(Staff.Role.WAREHOUSE, random), command);
    }

    /** What {@code days} of demand for {@code product} come to, in whole units (at least 3). */
    private int units(Product product, int days) {
        double perDay = ordersPerDay * UNITS_PER_ORDER * product.popularity() / totalPopularity;
        return Math.max(3, (int) Math.ceil(perDay * days));
    }
}
