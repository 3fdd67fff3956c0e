-- Logistics exception statistics (processing group "reporting-logistics", ANA-4). One fact row per exception;
-- each of its transitions (reported, escalated, resolved) happens once, so the row's flags guard the rollup:
-- a transition already recorded adds nothing again. Exceptions count on the day they were reported.
create table logistics_exception_fact (
    exception_id varchar(64)  primary key,
    order_id     varchar(64)  not null,
    type         varchar(32)  not null,
    severity     varchar(16)  not null,
    reported_at  timestamptz  not null,
    escalated    boolean      not null default false,
    resolved_at  timestamptz
);

create table logistics_daily (
    day              date        not null,
    type             varchar(32) not null,
    severity         varchar(16) not null,
    reported         integer     not null,
    escalated        integer     not null,
    resolved         integer     not null,
    resolve_millis   bigint      not null,
    primary key (day, type, severity)
);
