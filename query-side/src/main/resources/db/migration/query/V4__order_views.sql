-- The order read model (processing group "order-view"). Each row remembers the global index of the last
-- event applied to it, so a replayed or repeated event never applies twice.
create table order_view (
    order_id            varchar(64)   primary key,
    order_number        varchar(32)   not null unique,
    customer_id         varchar(255)  not null,
    channel             varchar(32)   not null,
    status              varchar(32)   not null,
    currency            char(3)       not null,
    total               numeric(14,2) not null,
    amount_paid         numeric(14,2) not null default 0,
    amount_refunded     numeric(14,2) not null default 0,
    payment_method      varchar(32)   not null,
    delivery_method     varchar(32)   not null,
    recipient           varchar(255)  not null,
    phone               varchar(64)   not null,
    province            varchar(128)  not null,
    city                varchar(128)  not null,
    address_line        varchar(512)  not null,
    postal_code         varchar(32)   not null,
    modifications_left  integer       not null,
    placed_at           timestamptz   not null,
    updated_at          timestamptz   not null,
    version             bigint        not null,
    last_event_position bigint        not null
);
create index order_view_status on order_view (status, placed_at desc);
create index order_view_placed_at on order_view (placed_at desc, order_id);
create index order_view_customer on order_view (customer_id);
create index order_view_province on order_view (province);

create table order_line_view (
    order_id     varchar(64)   not null references order_view (order_id) on delete cascade,
    line_no      integer       not null,
    sku          varchar(64)   not null,
    product_name varchar(255)  not null,
    category     varchar(64)   not null,
    unit_price   numeric(14,2) not null,
    quantity     integer       not null,
    primary key (order_id, line_no)
);
