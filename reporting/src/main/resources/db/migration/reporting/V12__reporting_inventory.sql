-- Inventory statistics (processing group "reporting-inventory", ANA-5): the stock of every sku per warehouse,
-- its low-stock state, and the stocktakes counted. Every event of a sku first moves the sku row's
-- last_event_position forward; only if it did is the event applied.
create table inventory_sku_stats (
    sku                 varchar(64)  primary key,
    product_name        varchar(255),
    threshold           integer      not null default 0,
    low_stock           boolean      not null default false,
    last_event_position bigint       not null
);

create table inventory_warehouse_stats (
    sku       varchar(64) not null references inventory_sku_stats (sku) on delete cascade,
    warehouse varchar(64) not null,
    on_hand   integer     not null default 0,
    reserved  integer     not null default 0,
    primary key (sku, warehouse)
);

-- Every stocktake (INV-5), matching counts included, keyed by its event's global position.
create table inventory_stocktake_fact (
    event_position bigint      primary key,
    sku            varchar(64) not null,
    warehouse      varchar(64) not null,
    difference     integer     not null,
    counted_at     timestamptz not null
);
create index inventory_stocktake_fact_counted_at on inventory_stocktake_fact (counted_at);
