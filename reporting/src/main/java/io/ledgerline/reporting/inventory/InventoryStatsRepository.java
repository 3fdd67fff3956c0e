package io.ledgerline.reporting.inventory;

import io.ledgerline.api.inventory.StocktakeRecordedEvent;
import java.sql.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code inventory_sku_stats}, {@code inventory_warehouse_stats} and {@code inventory_stocktake_fact}. The arithmetic
 * is the InventoryItem aggregate's: available is {@code max(0, onHand - reserved)} per warehouse.
 */
@Repository
class InventoryStatsRepository {

    private final JdbcClient jdbc;

    InventoryStatsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Moves the sku's position to the event's, creating its row on its first event; false when already applied. */
    boolean claim(String sku, long position) {
        return jdbc.sql("""
                        insert into inventory_sku_stats as i (sku, last_event_position) values (:sku, :position)
                        on conflict (sku) do update set last_event_position = excluded.last_event_position
                        where i.last_event_position < excluded.last_event_position""")
                .param("sku", sku).param("position", position).update() == 1;
    }

    void nameProduct(String sku, String productName) {
        jdbc.sql("update inventory_sku_stats set product_name = ? where sku = ?").params(productName, sku).update();
    }

    void setThreshold(String sku, int threshold) {
        jdbc.sql("update inventory_sku_stats set threshold = ? where sku = ?").params(threshold, sku).update();
    }

    void setLowStock(String sku, boolean lowStock) {
        jdbc.sql("update inventory_sku_stats set low_stock = ? where sku = ?").params(lowStock, sku).update();
    }

    void change(String sku, String warehouse, int onHandDelta, int reservedDelta) {
        jdbc.sql("""
                        insert into inventory_warehouse_stats as w (sku, warehouse, on_hand, reserved) values (?, ?, ?, ?)
                        on conflict (sku, warehouse) do update
                        set on_hand = w.on_hand + excluded.on_hand, reserved = w.reserved + excluded.reserved""")
                .params(sku, warehouse, onHandDelta, reservedDelta).update();
    }

    /** INV-4: shipped goods leave on-hand, which stops at 0 where a shortage count left less than was reserved. */
    void deduct(String sku, String warehouse, int quantity) {
        jdbc.sql("""
                        insert into inventory_warehouse_stats as w (sku, warehouse, on_hand, reserved) values (?, ?, 0, ?)
                        on conflict (sku, warehouse) do update
                        set on_hand = greatest(0, w.on_hand - ?), reserved = w.reserved - ?""")
                .params(sku, warehouse, -quantity, quantity, quantity).update();
    }

    /** INV-5: the count becomes on-hand; reservations stay. */
    void count(String sku, String warehouse, int counted) {
        jdbc.sql("""
                        insert into inventory_warehouse_stats as w (sku, warehouse, on_hand, reserved) values (?, ?, ?, 0)
                        on conflict (sku, warehouse) do update set on_hand = excluded.on_hand""")
                .params(sku, warehouse, counted).update();
    }

    void recordStocktake(StocktakeRecordedEvent event, long position) {
        jdbc.sql("""
                        insert into inventory_stocktake_fact (event_position, sku, warehouse, difference, counted_at)
                        values (?, ?, ?, ?, ?) on conflict (event_position) do nothing""")
                .params(position, event.sku(), event.warehouse(), event.difference(), Timestamp.from(event.countedAt()))
                .update();
    }

    void deleteAll() {
        jdbc.sql("truncate inventory_sku_stats, inventory_warehouse_stats, inventory_stocktake_fact").update();
    }
}
