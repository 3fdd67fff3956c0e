package io.ledgerline.app.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The least work that durably accepts an order on this PostgreSQL: one JDBC transaction per order that inserts
 * every event a real placement ends up writing (the order's and the fulfilment saga's: placed, each line reserved,
 * confirmed), as many as the measured run wrote per order, with the same payloads and metadata (rows sampled from
 * the run itself), batched as Axon's JDBC storage engine does, into {@code benchmark_raw_events}: a regular
 * (logged) copy of {@code domainevententry} with its identity, unique constraints and indexes, so each row costs
 * the same WAL and index work. The table is dropped at the end; the event store itself is never touched.
 */
final class RawPostgresBaseline implements AutoCloseable {

    static final String TABLE = "benchmark_raw_events";

    private static final String INSERT = "insert into " + TABLE + " (eventidentifier, aggregateidentifier,"
            + " sequencenumber, type, timestamp, payloadtype, payloadrevision, payload, metadata)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final List<EventStoreProbe.EventRow> sample;
    private final int eventsPerOrder;

    private RawPostgresBaseline(DataSource dataSource, List<EventStoreProbe.EventRow> sample, int eventsPerOrder) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        this.sample = List.copyOf(sample);
        this.eventsPerOrder = eventsPerOrder;
    }

    /**
     * Creates the table, replacing one left behind by an interrupted run; {@link #close} drops it. Order {@code i}
     * writes {@code eventsPerOrder} rows of {@code sample}, taken in turn.
     */
    static RawPostgresBaseline create(DataSource dataSource, List<EventStoreProbe.EventRow> sample, int eventsPerOrder) {
        if (sample.isEmpty()) {
            throw new IllegalArgumentException("the raw baseline needs sample rows of the measured run");
        }
        RawPostgresBaseline baseline = new RawPostgresBaseline(dataSource, sample, eventsPerOrder);
        baseline.jdbc.sql("drop table if exists " + TABLE).update();
        baseline.jdbc.sql("create table " + TABLE + " (like domainevententry including all)").update();
        return baseline;
    }

    /** Commits order {@code i}'s events in one transaction. */
    void commitOrder(int i) throws SQLException {
        String orderId = UUID.randomUUID().toString();
        String now = Instant.now().toString();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (int sequence = 0; sequence < eventsPerOrder; sequence++) {
                    EventStoreProbe.EventRow row = sample.get((int) (((long) i * eventsPerOrder + sequence) % sample.size()));
                    insert.setString(1, UUID.randomUUID().toString());
                    insert.setString(2, orderId);
                    insert.setLong(3, sequence);
                    insert.setString(4, row.aggregateType());
                    insert.setString(5, now);
                    insert.setString(6, row.payloadType());
                    insert.setString(7, row.payloadRevision());
                    insert.setBytes(8, row.payload());
                    insert.setBytes(9, row.metadata());
                    insert.addBatch();
                }
                insert.executeBatch();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    /** Average payload plus metadata bytes per row, to show the rows are comparable with Axon's. */
    double averageEventBytes() {
        return jdbc.sql("select coalesce(avg(octet_length(payload) + coalesce(octet_length(metadata), 0)), 0) from "
                + TABLE).query(Double.class).single();
    }

    @Override
    public void close() {
        jdbc.sql("drop table if exists " + TABLE).update();
    }
}
