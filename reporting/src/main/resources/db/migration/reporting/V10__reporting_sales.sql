-- Sales analytics (processing group "reporting-sales"; definitions in docs/metrics.md, design in D42).
--
-- The fact tables hold what each order contributes to the reports: its dimensions, lines, payment and
-- completed refunds. Every event of an order first moves sales_order.last_event_position forward; only if it
-- did is the event applied. The projection then adds the difference between the order's contributions
-- after and before the event to the day rollups, in the same transaction as the processor's token, so the
-- rollups always equal the sum of the facts' contributions. Days are dates in ledgerline.reporting.zone.
create table sales_order (
    order_id            varchar(64)   primary key,
    channel             varchar(32)   not null,
    province            varchar(255)  not null,
    status              varchar(32)   not null,
    paid_at             timestamptz,
    paid_amount         numeric(14,2),
    last_event_position bigint        not null
);

create table sales_order_line (
    order_id     varchar(64)   not null references sales_order (order_id) on delete cascade,
    line_no      integer       not null,
    sku          varchar(64)   not null,
    product_name varchar(255)  not null,
    category     varchar(64)   not null,
    quantity     integer       not null,
    line_total   numeric(14,2) not null,
    primary key (order_id, line_no)
);

-- Refunds whose money went back (RefundCompletedEvent), with the skus they named (empty: the whole order).
create table sales_refund (
    refund_id    varchar(64)   primary key,
    order_id     varchar(64)   not null,
    amount       numeric(14,2) not null,
    skus         text[]        not null,
    completed_at timestamptz   not null
);
create index sales_refund_order on sales_refund (order_id);

-- One row per day, dimension (TOTAL, CHANNEL, STATUS, REGION, CATEGORY) and key (ALL, WEB, Zhejiang, ...).
-- orders/units/gmv count paid orders by payment day, refunded counts refunds by completion day.
create table sales_daily (
    dimension varchar(16)   not null,
    day       date          not null,
    key       varchar(255)  not null,
    orders    integer       not null,
    units     bigint        not null,
    gmv       numeric(16,2) not null,
    refunded  numeric(16,2) not null,
    primary key (dimension, day, key)
);

-- Units and revenue per sku and payment day (ANA-3).
create table product_daily (
    day          date          not null,
    sku          varchar(64)   not null,
    product_name varchar(255)  not null,
    units        bigint        not null,
    revenue      numeric(16,2) not null,
    primary key (day, sku)
);
