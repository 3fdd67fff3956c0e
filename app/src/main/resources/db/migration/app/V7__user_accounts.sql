-- Staff accounts for HTTP Basic and form sign-in (issue 5). Passwords are stored as
-- {bcrypt} hashes only. Roles are the docs/domain.md roles; a user holds one or more.
-- failed_attempts / locked_until implement sign-in throttling across every node.
create table user_account (
    username        varchar(64)  not null primary key,
    password_hash   varchar(100) not null,
    enabled         boolean      not null default true,
    failed_attempts integer      not null default 0,
    locked_until    timestamptz,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null
);

create table user_account_role (
    username varchar(64) not null references user_account (username),
    role     varchar(32) not null,
    primary key (username, role),
    constraint user_account_role_known check (role in
        ('ADMIN', 'ORDER_CLERK', 'FINANCE', 'WAREHOUSE', 'CUSTOMER_SERVICE', 'AUDITOR'))
);
