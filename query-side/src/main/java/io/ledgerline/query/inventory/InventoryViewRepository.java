package io.ledgerline.query.inventory;

import io.ledgerline.api.inventory.InventoryItemView;
import io.ledgerline.api.inventory.WarehouseStockView;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for the inventory read model: {@code inventory_item_view} (one row per sku) and
 * {@code inventory_warehouse_view} (one per sku and warehouse). The arithmetic mirrors the InventoryItem
 * aggregate's {@code Warehouse}: available is {@code max(0, onHand - reserved)} per warehouse, and a sku's
 * totals are sums over its warehouses.
 */
@Repository
class InventoryViewRepository {

    private final JdbcClient jdbc;

    InventoryViewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Moves the sku's position to the event's, creating its row on its first event. False when the event was
     * already applied (a replay or a retry): the caller then changes nothing.
     */
    boolean claim(String sku, long position) {
        return jdbc.sql("""
                        insert into inventory_item_view as i (sku, last_event_position) values (:sku, :position)
                        on conflict (sku) do update set last_event_position = excluded.last_event_position
                        where i.last_event_position < excluded.last_event_position""")
                .param("sku", sku).param("position", position).update() == 1;
    }

    /** INV-1: a receipt that names the product names the sku from then on. */
    void nameProduct(String sku, String productName) {
        jdbc.sql("update inventory_item_view set product_name = ? where sku = ?").params(productName, sku).update();
    }

    void setThreshold(String sku, int threshold) {
        jdbc.sql("update inventory_item_view set threshold = ? where sku = ?").params(threshold, sku).update();
    }

    void setLowStock(String sku, boolean lowStock) {
        jdbc.sql("update inventory_item_view set low_stock = ? where sku = ?").params(lowStock, sku).update();
    }

    /** Adds to a warehouse's on-hand and reserved stock; a warehouse new to the sku starts from nothing. */
    void change(String sku, String warehouse, int onHandDelta, int reservedDelta, long position) {
        jdbc.sql("""
                        insert into inventory_warehouse_view as w (sku, warehouse, on_hand, reserved, last_event_position)
                        values (:sku, :warehouse, :onHand, :reserved, :position)
                        on conflict (sku, warehouse) do update
                        set on_hand = w.on_hand + excluded.on_hand, reserved = w.reserved + excluded.reserved,
                            last_event_position = excluded.last_event_position
                        where w.last_event_position < excluded.last_event_position""")
                .param("sku", sku).param("warehouse", warehouse).param("onHand", onHandDelta)
                .param("reserved", reservedDelta).param("position", position).update();
    }

    /** INV-4: shipped goods leave on-hand, which stops at 0 where a shortage count left less than was reserved. */
    void deduct(String sku, String warehouse, int quantity, long position) {
        jdbc.sql("""
                        insert into inventory_warehouse_view as w (sku, warehouse, on_hand, reserved, last_event_position)
                        values (:sku, :warehouse, 0, -(:quantity), :position)
                        on conflict (sku, warehouse) do update
                        set on_hand = greatest(0, w.on_hand - :quantity), reserved = w.reserved - :quantity,
                            last_event_position = excluded.last_event_position
                        where w.last_event_position < excluded.last_event_position""")
                .param("sku", sku).param("warehouse", warehouse).param("quantity", quantity)
                .param("position", position).update();
    }

    /** INV-5: the count becomes on-hand; reservations stay. */
    void count(String sku, String warehouse, int counted, long position) {
        jdbc.sql("""
                        insert into inventory_warehouse_view as w (sku, warehouse, on_hand, reserved, last_event_position)
                        values (:sku, :warehouse, :counted, 0, :position)
                        on conflict (sku, warehouse) do update
                        set on_hand = excluded.on_hand, last_event_position = excluded.last_event_position
                        where w.last_event_position < excluded.last_event_position""")
                .param("sku", sku).param("warehouse", warehouse).param("counted", counted)
                .param("position", position).update();
    }

    Optional<InventoryItemView> find(String sku) {
        return withWarehouses(jdbc.sql("select * from inventory_item_view where sku = ?").param(sku)
                .query(ItemRow::read).list()).stream().findFirst();
    }

    /** A page in sku order, starting after {@code afterSku} (keyset). */
    List<InventoryItemView> page(boolean lowStockOnly, int first, String afterSku) {
        if (first == 0) {
            return List.of();
        }
        String sql = "select * from inventory_item_view where sku > :after" + (lowStockOnly ? " and low_stock" : "")
                + " order by sku limit :first";
        return withWarehouses(jdbc.sql(sql).param("after", afterSku == null ? "" : afterSku).param("first", first)
                .query(ItemRow::read).list());
    }

    void deleteAll() {
        jdbc.sql("delete from inventory_warehouse_view").update();
        jdbc.sql("delete from inventory_item_view").update();
    }

    /** The items with their warehouses, read in one query for the whole page. */
    private List<InventoryItemView> withWarehouses(List<ItemRow> items) {
        if (items.isEmpty()) {
            return List.of();
        }
        Map<String, List<WarehouseStockView>> bySku = new LinkedHashMap<>();
        jdbc.sql("select * from inventory_warehouse_view where sku in (:skus) order by sku, warehouse")
                .param("skus", items.stream().map(ItemRow::sku).toList())
                .query(rs -> {
                    int onHand = rs.getInt("on_hand");
                    int reserved = rs.getInt("reserved");
                    bySku.computeIfAbsent(rs.getString("sku"), sku -> new ArrayList<>()).add(new WarehouseStockView(
                            rs.getString("warehouse"), onHand, reserved, Math.max(0, onHand - reserved)));
                });
        return items.stream().map(item -> item.view(bySku.getOrDefault(item.sku(), List.of()))).toList();
    }

    private record ItemRow(String sku, String productName, int threshold, boolean lowStock) {

        static ItemRow read(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
            return new ItemRow(rs.getString("sku"), rs.getString("product_name"), rs.getInt("threshold"),
                    rs.getBoolean("low_stock"));
        }

        InventoryItemView view(Collection<WarehouseStockView> warehouses) {
            return new InventoryItemView(sku, productName, threshold,
                    warehouses.stream().mapToInt(WarehouseStockView::onHand).sum(),
                    warehouses.stream().mapToInt(WarehouseStockView::reserved).sum(),
                    warehouses.stream().mapToInt(WarehouseStockView::available).sum(),
                    lowStock, List.copyOf(warehouses));
        }
    }
}
