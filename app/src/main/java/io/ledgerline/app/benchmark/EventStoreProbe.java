package io.ledgerline.app.benchmark;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads the event store ({@code domainevententry}) around a run, so that the events appended are
 * counted rather than assumed, and the size of the rows Axon wrote can be compared with the baseline's.
 */
final class EventStoreProbe {

    private final JdbcClient jdbc;

    EventStoreProbe(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The highest global index so far: the run's events are the ones above it. */
    long head() {
        return jdbc.sql("select coalesce(max(globalindex), 0) from domainevententry").query(Long.class).single();
    }

    /**
     * Events appended above {@code head}, counted rather than taken as a difference of indexes: the identity
     * sequence leaves gaps where a transaction rolled back.
     */
    long eventsAfter(long head) {
        return jdbc.sql("select count(*) from domainevententry where globalindex > ?").param(head)
                .query(Long.class).single();
    }

    /** Average payload plus metadata bytes of the events above {@code head}. */
    double averageEventBytesAfter(long head) {
        return jdbc.sql("""
                        select coalesce(avg(octet_length(payload) + coalesce(octet_length(metadata), 0)), 0)
                        from domainevententry where globalindex > ?""")
                .param(head).query(Double.class).single();
    }

    /** One stored event's row as the raw baseline writes it again. */
    record EventRow(String aggregateType, String payloadType, String payloadRevision, byte[] payload, byte[] metadata) {
    }

    /**
     * Up to {@code limit} of the events above {@code head}, spread evenly over them (every n-th by global index), so
     * the sample has the run's mix of event types even where placements ran ahead of the saga.
     */
    List<EventRow> sampleAfter(long head, int limit) {
        long stride = Math.max(1, (eventsAfter(head) + limit - 1) / limit);
        return jdbc.sql("""
                        select type, payloadtype, payloadrevision, payload, metadata from domainevententry
                        where globalindex > ? and globalindex % ? = 0 order by globalindex limit ?""")
                .param(head).param(stride).param(limit)
                .query((row, n) -> new EventRow(row.getString(1), row.getString(2), row.getString(3), row.getBytes(4),
                        row.getBytes(5)))
                .list();
    }

    String serverVersion() {
        return jdbc.sql("show server_version").query(String.class).single();
    }
}
