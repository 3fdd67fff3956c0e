-- The rest of an order's life in the order read model (processing group "order-view"): its shipment
-- with the carrier's tracking events, and its logistics exceptions. Child rows are keyed so a repeated
-- event inserts nothing twice; rows that change keep the position of the last event applied to them.

create table order_shipment_view (
    order_id        varchar(64)  primary key references order_view (order_id) on delete cascade,
    carrier         varchar(255) not null,
    tracking_number varchar(255) not null,
    shipped_at      timestamptz  not null
);

-- One row per TrackingEventRecordedEvent, keyed by the event's sequence number within its order.
create table order_tracking_event_view (
    order_id  varchar(64)  not null references order_view (order_id) on delete cascade,
    sequence  bigint       not null,
    status    varchar(32)  not null,
    at        timestamptz  not null,
    location  varchar(255),
    note      text,
    signer    varchar(255),
    primary key (order_id, sequence)
);

create table order_exception_view (
    order_id            varchar(64)  not null references order_view (order_id) on delete cascade,
    exception_id        varchar(64)  not null,
    type                varchar(32)  not null,
    severity            varchar(32)  not null,
    report_note         text,
    reported_at         timestamptz  not null,
    due_by              timestamptz  not null,
    escalated_at        timestamptz,
    resolved_at         timestamptz,
    resolution          varchar(32),
    resolution_note     text,
    last_event_position bigint       not null,
    primary key (order_id, exception_id)
);

-- The order list reads newest first (placed_at desc, order_id desc) and pages by that key, so each
-- filter's index ends with that key: a filtered page is an index range scan, not a sort.
drop index order_view_status;
drop index order_view_placed_at;
drop index order_view_customer;
drop index order_view_province;
create index order_view_newest on order_view (placed_at desc, order_id desc);
create index order_view_status_newest on order_view (status, placed_at desc, order_id desc);
create index order_view_channel_newest on order_view (channel, placed_at desc, order_id desc);
create index order_view_customer_newest on order_view (customer_id, placed_at desc, order_id desc);
create index order_view_province_newest on order_view (province, placed_at desc, order_id desc);
create index order_view_total on order_view (total);
