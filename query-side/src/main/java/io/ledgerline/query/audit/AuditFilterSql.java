package io.ledgerline.query.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.common.DateTimeUtils;

/**
 * An {@link AuditFilter} as a SQL condition over {@code domainevententry e}, with named parameters; only
 * constant SQL is concatenated. Each condition has an index (V8): the aggregate id uses the store's unique
 * (aggregate, sequence) key, the others ({@code type}, {@code audit_event_type(payloadtype)},
 * {@code audit_actor(metadata)}) lead an index that continues with the global index, so a page in global
 * order is read straight off the index.
 *
 * <p>Stored timestamps are Axon's fixed-width ISO-8601 text with milliseconds, which sorts as time does; a
 * bound is written the same way, rounded up to the next millisecond when it has a finer fraction, so that
 * {@code from <= t < to} holds for the stored millisecond exactly when it holds for the instant.
 */
record AuditFilterSql(String where, Map<String, Object> params) {

    static AuditFilterSql of(AuditFilter filter) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.aggregateId() != null) {
            conditions.add("e.aggregateidentifier = :aggregateId");
            params.put("aggregateId", filter.aggregateId());
        }
        if (filter.aggregateType() != null) {
            conditions.add("e.type = :aggregateType");
            params.put("aggregateType", filter.aggregateType());
        }
        if (filter.actor() != null) {
            conditions.add("audit_actor(e.metadata) = :actor");
            params.put("actor", filter.actor());
        }
        if (filter.eventType() != null && !filter.eventType().isEmpty()) {
            conditions.add("audit_event_type(e.payloadtype) in (:eventTypes)");
            params.put("eventTypes", List.copyOf(filter.eventType()));
        }
        if (filter.from() != null) {
            conditions.add("e.timestamp >= :from");
            params.put("from", stored(filter.from()));
        }
        if (filter.to() != null) {
            conditions.add("e.timestamp < :to");
            params.put("to", stored(filter.to()));
        }
        return new AuditFilterSql(conditions.isEmpty() ? "true" : String.join(" and ", conditions), params);
    }

    /** The instant as the event store writes timestamps, rounded up to whole milliseconds. */
    static String stored(Instant instant) {
        Instant millis = instant.truncatedTo(ChronoUnit.MILLIS);
        return DateTimeUtils.formatInstant(millis.equals(instant) ? millis : millis.plusMillis(1));
    }
}
