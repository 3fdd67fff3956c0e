-- The audit log (AUD-1, ORD-13) is the event store itself; these indexes serve its filters. Each leads with
-- the filtered value and continues with the global index, so a page of a filtered log, oldest first, is read
-- straight off the index. (The aggregate id filter uses the store's unique (aggregate, sequence) key and the
-- time range its timestamp index.)

-- The simple name of an event's payload type: 'OrderPlacedEvent' for 'io.ledgerline.api.order.OrderPlacedEvent'.
create function audit_event_type(payloadtype varchar) returns text
    language sql immutable parallel safe
    return substring(payloadtype from '[^.]+$');

-- The actor in an event's metadata (Axon's Jackson JSON, UTF-8). Metadata that is not JSON has no actor, so an
-- odd row can never make an append fail.
create function audit_actor(metadata bytea) returns text
    language sql immutable parallel safe
    return case when pg_input_is_valid(convert_from(metadata, 'UTF8'), 'jsonb')
                then convert_from(metadata, 'UTF8')::jsonb ->> 'actor' end;

create index domainevententry_audit_aggregate_type on domainevententry (type, globalindex);
create index domainevententry_audit_event_type on domainevententry (audit_event_type(payloadtype), globalindex);
create index domainevententry_audit_actor on domainevententry (audit_actor(metadata), globalindex);

-- AUD-2: the hash chain. The sealer (processing group "audit-sealer", one segment) appends one link per stored
-- event: link n = SHA-256 over the event's row as stored and link n-1. Numbered in sealing order, which is the
-- order the processor delivers events (global order; an event committed late, behind a gap, comes when it
-- commits).
create table audit_chain (
    link         bigint      primary key,
    global_index bigint      not null unique,
    hash         bytea       not null,
    sealed_at    timestamptz not null default now()
);

-- The chain is append-only like the events it covers.
create function audit_chain_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit chain is append-only: % on audit_chain is not allowed', tg_op;
end $$;
create trigger audit_chain_append_only
    before update or delete or truncate on audit_chain
    for each statement execute function audit_chain_append_only();
