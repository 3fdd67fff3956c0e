-- AUD-3: each read-model table names the projection (processing group) that writes it, in its comment:
-- 'projection:<group>', optionally followed by a space and a description. A rebuild copies exactly these
-- tables into a schema of its own, replays the event store into the copies while the live tables keep
-- serving, and swaps them in when it has caught up. A table created later for a projection declares itself
-- the same way, in the migration that creates it.
comment on table order_view is 'projection:order-view one row per order';
comment on table order_line_view is 'projection:order-view the lines of each order';
comment on table order_shipment_view is 'projection:order-view the shipment of a shipped order';
comment on table order_tracking_event_view is 'projection:order-view the carrier''s tracking events';
comment on table order_exception_view is 'projection:order-view logistics exceptions';
comment on table inventory_item_view is 'projection:inventory-view one row per sku';
comment on table inventory_warehouse_view is 'projection:inventory-view stock per sku and warehouse';
comment on table stocktake_discrepancy_view is 'projection:inventory-view stocktakes that found a difference';
comment on table refund_view is 'projection:refund-view one row per refund';
