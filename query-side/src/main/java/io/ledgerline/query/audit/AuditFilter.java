package io.ledgerline.query.audit;

import java.time.Instant;
import java.util.List;

/**
 * The audit log's filter (the GraphQL {@code AuditFilter}): every condition given must hold. {@code eventType}
 * lists simple event type names ({@code OrderPlacedEvent}); the time range is half-open,
 * {@code from <= occurredAt < to}. A null or empty condition does not filter.
 */
public record AuditFilter(String aggregateId,
                          String aggregateType,
                          String actor,
                          List<String> eventType,
                          Instant from,
                          Instant to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, List.of(), null, null);
    }
}
