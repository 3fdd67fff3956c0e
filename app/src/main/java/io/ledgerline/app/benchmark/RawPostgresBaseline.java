package io.ledgerline.app.benchmark;

import io.ledgerline.api.common.Money;
import io.ledgerline.api.order.OrderLine;
import io.ledgerline.api.order.OrderPlacedEvent;
import io.ledgerline.api.order.PlaceOrderCommand;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What committing one order's events costs on this PostgreSQL without Axon: one JDBC transaction per order
 * that inserts that order's events, batched as Axon's JDBC storage engine does, into
 * {@code benchmark_raw_events}, a regular (logged) table created as a copy of {@code domainevententry}
 * with its identity, unique constraints and index, so each row costs the same WAL and index work. The
 * payload and metadata are the same JSON Axon's serializer makes of the same order. The table is dropped
 * at the end; the event store itself is append-only and is never touched.
 */
final class RawPostgresBaseline implements AutoCloseable {

    static final String TABLE = "benchmark_raw_events";

    private static final String INSERT = "insert into " + TABLE + " (eventidentifier, aggregateidentifier,"
            + " sequencenumber, type, timestamp, payloadtype, payloadrevision, payload, metadata)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final Serializer eventSerializer;
    private final OrderGenerator orders;
    private final int eventsPerOrder;

    private RawPostgresBaseline(DataSource dataSource, Serializer eventSerializer, OrderGenerator orders,
                                int eventsPerOrder) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
        this.eventSerializer = eventSerializer;
        this.orders = orders;
        this.eventsPerOrder = eventsPerOrder;
    }

    /** Creates the table, replacing one left behind by an interrupted run; {@link #close} drops it. */
    static RawPostgresBaseline create(DataSource dataSource, Serializer eventSerializer, OrderGenerator orders,
                                      int eventsPerOrder) {
        RawPostgresBaseline baseline = new RawPostgresBaseline(dataSource, eventSerializer, orders, eventsPerOrder);
        baseline.jdbc.sql("drop table if exists " + TABLE).update();
        baseline.jdbc.sql("create table " + TABLE + " (like domainevententry including all)").update();
        return baseline;
    }

    /** Commits order {@code i}'s events in one transaction. */
    void commitOrder(int i) throws SQLException {
        PlaceOrderCommand command = orders.order(i);
        Instant now = Instant.now();
        SerializedObject<byte[]> payload = eventSerializer.serialize(placed(command, i, now), byte[].class);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (int sequence = 0; sequence < eventsPerOrder; sequence++) {
                    String eventId = UUID.randomUUID().toString();
                    // The correlation data Axon adds to every event of a command (MessageOriginProvider).
                    SerializedObject<byte[]> metaData = eventSerializer.serialize(
                            MetaData.with("traceId", eventId).and("correlationId", eventId), byte[].class);
                    insert.setString(1, eventId);
                    insert.setString(2, command.orderId());
                    insert.setLong(3, sequence);
                    insert.setString(4, "Order");
                    insert.setString(5, now.toString());
                    insert.setString(6, payload.getType().getName());
                    insert.setString(7, payload.getType().getRevision());
                    insert.setBytes(8, payload.getData());
                    insert.setBytes(9, metaData.getData());
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

    /** The event the Order aggregate would record; the number has the real format, not a real allocation. */
    private static OrderPlacedEvent placed(PlaceOrderCommand command, int i, Instant now) {
        Money total = command.lines().stream().map(OrderLine::lineTotal).reduce(Money::plus).orElseThrow();
        String orderNumber = "SO-%s-%06d".formatted(now.toString().substring(0, 10).replace("-", ""), i + 1);
        return new OrderPlacedEvent(command.orderId(), orderNumber, command.customerId(), command.channel(),
                command.paymentMethod(), command.deliveryMethod(), command.shippingAddress(), command.lines(), total,
                3, now); // 3: the default ORD-4 allowance; one digit either way does not change the row's cost
    }
}
