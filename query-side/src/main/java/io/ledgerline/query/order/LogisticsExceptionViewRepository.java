package io.ledgerline.query.order;

import io.ledgerline.api.order.ExceptionResolution;
import io.ledgerline.api.order.ExceptionType;
import io.ledgerline.api.order.LogisticsExceptionEscalatedEvent;
import io.ledgerline.api.order.LogisticsExceptionReportedEvent;
import io.ledgerline.api.order.LogisticsExceptionResolvedEvent;
import io.ledgerline.api.order.LogisticsExceptionView;
import io.ledgerline.api.order.Severity;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for logistics exceptions (ORD-12) in the order read model. A report inserts its row once (by key);
 * a resolution or escalation applies only if newer than the last event applied to that row.
 */
@Repository
class LogisticsExceptionViewRepository {

    private final JdbcClient jdbc;

    LogisticsExceptionViewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertReported(LogisticsExceptionReportedEvent event, long position) {
        jdbc.sql("""
                        insert into order_exception_view (order_id, exception_id, type, severity, report_note, reported_at,
                            due_by, last_event_position)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (order_id, exception_id) do nothing""")
                .params(event.orderId(), event.exceptionId(), event.type().name(), event.severity().name(), event.note(),
                        Timestamp.from(event.reportedAt()), Timestamp.from(event.dueBy()), position)
                .update();
    }

    void markResolved(LogisticsExceptionResolvedEvent event, long position) {
        jdbc.sql("""
                        update order_exception_view
                        set resolved_at = ?, resolution = ?, resolution_note = ?, last_event_position = ?
                        where order_id = ? and exception_id = ? and last_event_position < ?""")
                .params(Timestamp.from(event.resolvedAt()), event.resolution().name(), event.note(), position,
                        event.orderId(), event.exceptionId(), position)
                .update();
    }

    void markEscalated(LogisticsExceptionEscalatedEvent event, long position) {
        jdbc.sql("""
                        update order_exception_view set escalated_at = ?, last_event_position = ?
                        where order_id = ? and exception_id = ? and last_event_position < ?""")
                .params(Timestamp.from(event.escalatedAt()), position, event.orderId(), event.exceptionId(), position)
                .update();
    }

    /** The exceptions of these orders, oldest first per order, in one statement. */
    List<LogisticsExceptionView> findByOrderIds(Collection<String> orderIds) {
        if (orderIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from order_exception_view where order_id in (:ids) order by order_id, reported_at, exception_id")
                .param("ids", orderIds)
                .query(LogisticsExceptionViewRepository::exception)
                .list();
    }

    private static LogisticsExceptionView exception(ResultSet rs, int row) throws SQLException {
        String resolution = rs.getString("resolution");
        return new LogisticsExceptionView(rs.getString("order_id"), rs.getString("exception_id"),
                ExceptionType.valueOf(rs.getString("type")), Severity.valueOf(rs.getString("severity")),
                instant(rs, "reported_at"), instant(rs, "due_by"), instant(rs, "escalated_at"), instant(rs, "resolved_at"),
                resolution == null ? null : ExceptionResolution.valueOf(resolution), rs.getString("report_note"),
                rs.getString("resolution_note"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
