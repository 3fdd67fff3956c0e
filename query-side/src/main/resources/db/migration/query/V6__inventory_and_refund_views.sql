-- The inventory read model (processing group "inventory-view"): one row per sku and one per warehouse that
-- ever held it or was given a priority, mirroring the InventoryItem aggregate (INV-1..INV-7). Every event of
-- a sku first moves the sku row's last_event_position forward; only if it did is the event applied, so a
-- replayed or repeated event never applies twice.
create table inventory_item_view (
    sku                 varchar(64)  primary key,
    product_name        varchar(255),
    threshold           integer      not null default 0,
    low_stock           boolean      not null default false,
    last_event_position bigint       not null
);
create index inventory_item_view_low_stock on inventory_item_view (sku) where low_stock;

create table inventory_warehouse_view (
    sku                 varchar(64)  not null references inventory_item_view (sku) on delete cascade,
    warehouse           varchar(64)  not null,
    on_hand             integer      not null default 0,
    reserved            integer      not null default 0,
    last_event_position bigint       not null,
    primary key (sku, warehouse)
);

-- INV-5: one row per stocktake that found a shortage or a surplus, keyed by its event's global position.
create table stocktake_discrepancy_view (
    event_position bigint       primary key,
    sku            varchar(64)  not null,
    warehouse      varchar(64)  not null,
    expected       integer      not null,
    counted        integer      not null,
    difference     integer      not null,
    discrepancy    varchar(16)  not null,
    counted_by     varchar(255) not null,
    counted_at     timestamptz  not null
);
create index stocktake_discrepancy_view_counted_at on stocktake_discrepancy_view (counted_at desc, event_position desc);

-- The refund read model (processing group "refund-view"), REF-3 and REF-4. note is the requester's note;
-- rejection_reason is FINANCE's reason for a rejection (REF-3), which the GraphQL contract does not expose yet.
create table refund_view (
    refund_id           varchar(64)   primary key,
    order_id            varchar(64)   not null,
    order_number        varchar(32)   not null,
    status              varchar(16)   not null,
    reason              varchar(32)   not null,
    currency            char(3)       not null,
    amount              numeric(14,2) not null,
    attempts            integer       not null default 0,
    requested_at        timestamptz   not null,
    decided_at          timestamptz,
    completed_at        timestamptz,
    note                text,
    rejection_reason    text,
    failure_reason      text,
    last_event_position bigint        not null
);
create index refund_view_newest on refund_view (requested_at desc, refund_id desc);
create index refund_view_status on refund_view (status, requested_at desc, refund_id desc);
create index refund_view_order on refund_view (order_id, requested_at);
