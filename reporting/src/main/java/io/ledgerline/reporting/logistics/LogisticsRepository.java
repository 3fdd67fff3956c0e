package io.ledgerline.reporting.logistics;

import io.ledgerline.api.order.LogisticsExceptionReportedEvent;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code logistics_exception_fact} and {@code logistics_daily}. */
@Repository
class LogisticsRepository {

    private final JdbcClient jdbc;

    LogisticsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when the exception is known already (a replayed or repeated event). */
    boolean insert(LogisticsExceptionReportedEvent event) {
        return jdbc.sql("""
                        insert into logistics_exception_fact (exception_id, order_id, type, severity, reported_at)
                        values (?, ?, ?, ?, ?) on conflict (exception_id) do nothing""")
                .params(event.exceptionId(), event.orderId(), event.type().name(), event.severity().name(),
                        Timestamp.from(event.reportedAt())).update() == 1;
    }

    /** The exception, if this is the first time its escalation is recorded. */
    Optional<ReportedException> markEscalated(String exceptionId) {
        return jdbc.sql("""
                        update logistics_exception_fact set escalated = true where exception_id = ? and not escalated
                        returning type, severity, reported_at""")
                .param(exceptionId).query((rs, n) -> new ReportedException(rs.getString(1), rs.getString(2),
                        rs.getTimestamp(3).toInstant())).optional();
    }

    /** The exception, if this is the first time its resolution is recorded. */
    Optional<ReportedException> markResolved(String exceptionId, Instant resolvedAt) {
        return jdbc.sql("""
                        update logistics_exception_fact set resolved_at = ? where exception_id = ? and resolved_at is null
                        returning type, severity, reported_at""")
                .params(Timestamp.from(resolvedAt), exceptionId).query((rs, n) -> new ReportedException(rs.getString(1),
                        rs.getString(2), rs.getTimestamp(3).toInstant())).optional();
    }

    void add(LogisticsKey key, int reported, int escalated, int resolved, long resolveMillis) {
        jdbc.sql("""
                        insert into logistics_daily as l (day, type, severity, reported, escalated, resolved, resolve_millis)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (day, type, severity) do update
                        set reported = l.reported + excluded.reported, escalated = l.escalated + excluded.escalated,
                            resolved = l.resolved + excluded.resolved, resolve_millis = l.resolve_millis + excluded.resolve_millis""")
                .params(Date.valueOf(key.day()), key.type(), key.severity(), reported, escalated, resolved, resolveMillis)
                .update();
    }

    void deleteAll() {
        jdbc.sql("truncate logistics_exception_fact, logistics_daily").update();
    }
}
