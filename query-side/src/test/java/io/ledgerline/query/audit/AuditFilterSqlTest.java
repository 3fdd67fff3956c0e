package io.ledgerline.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AuditFilterSqlTest {

    @Test
    @DisplayName("AUD-1: no filter, or empty conditions, match every event")
    void noFilter() {
        assertThat(AuditFilterSql.of(AuditFilter.none()).where()).isEqualTo("true");
        assertThat(AuditFilterSql.of(new AuditFilter(null, null, null, null, null, null)).params()).isEmpty();
    }

    @Test
    @DisplayName("AUD-1: every given condition is one indexed SQL condition with its value as a parameter, never in the SQL")
    void everyConditionIsAParameter() {
        AuditFilter filter = new AuditFilter("o-1", "Order", "clerk'; --", List.of("OrderPlacedEvent", "PaymentRecordedEvent"),
                Instant.parse("2026-11-23T09:30:00Z"), Instant.parse("2026-11-24T00:00:00Z"));

        AuditFilterSql sql = AuditFilterSql.of(filter);

        assertThat(sql.where()).isEqualTo("e.aggregateidentifier = :aggregateId and e.type = :aggregateType"
                + " and audit_actor(e.metadata) = :actor and audit_event_type(e.payloadtype) in (:eventTypes)"
                + " and e.timestamp >= :from and e.timestamp < :to");
        assertThat(sql.params()).containsEntry("aggregateId", "o-1").containsEntry("aggregateType", "Order")
                .containsEntry("actor", "clerk'; --")
                .containsEntry("eventTypes", List.of("OrderPlacedEvent", "PaymentRecordedEvent"))
                .containsEntry("from", "2026-11-23T09:30:00.000Z").containsEntry("to", "2026-11-24T00:00:00.000Z");
    }

    @Test
    @DisplayName("AUD-1: bounds are written like stored timestamps (milliseconds, Z), rounded up when finer, so text order is time order")
    void boundsAreStoredTimestamps() {
        assertThat(AuditFilterSql.stored(Instant.parse("2026-11-23T09:30:00.123Z"))).isEqualTo("2026-11-23T09:30:00.123Z");
        assertThat(AuditFilterSql.stored(Instant.parse("2026-11-23T09:30:00.123000001Z"))).isEqualTo("2026-11-23T09:30:00.124Z");
        assertThat(AuditFilterSql.stored(Instant.parse("2026-11-23T09:30:59.999500Z"))).isEqualTo("2026-11-23T09:31:00.000Z");
    }
}
