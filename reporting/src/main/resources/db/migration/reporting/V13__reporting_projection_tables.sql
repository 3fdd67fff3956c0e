-- Each reporting table belongs to exactly one projection (AUD-3): a rebuild copies these tables, replays
-- the projection into the copies and swaps them in (see V9 and decision D35).
comment on table sales_order is 'projection:reporting-sales each order''s sales facts';
comment on table sales_order_line is 'projection:reporting-sales the lines of each order';
comment on table sales_refund is 'projection:reporting-sales completed refunds per order';
comment on table sales_daily is 'projection:reporting-sales daily sales rollup';
comment on table product_daily is 'projection:reporting-sales daily product rollup';
comment on table logistics_exception_fact is 'projection:reporting-logistics one row per logistics exception';
comment on table logistics_daily is 'projection:reporting-logistics daily exception rollup';
comment on table inventory_sku_stats is 'projection:reporting-inventory stock per sku';
comment on table inventory_warehouse_stats is 'projection:reporting-inventory stock per sku and warehouse';
comment on table inventory_stocktake_fact is 'projection:reporting-inventory one row per stocktake';
