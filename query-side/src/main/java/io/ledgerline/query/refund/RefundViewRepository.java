package io.ledgerline.query.refund;

import io.ledgerline.api.common.Money;
import io.ledgerline.api.refund.ListRefundsQuery;
import io.ledgerline.api.refund.RefundOpenedEvent;
import io.ledgerline.api.refund.RefundPage;
import io.ledgerline.api.refund.RefundReason;
import io.ledgerline.api.refund.RefundStatus;
import io.ledgerline.api.refund.RefundView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for the refund read model, {@code refund_view}. Every change is guarded by the row's
 * {@code last_event_position}, so an event already applied changes nothing.
 */
@Repository
class RefundViewRepository {

    private static final String NEWEST_FIRST = " order by requested_at desc, refund_id desc";

    private final JdbcClient jdbc;

    RefundViewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertOpened(RefundOpenedEvent event, long position) {
        jdbc.sql("""
                        insert into refund_view (refund_id, order_id, order_number, status, reason, currency, amount,
                            requested_at, note, last_event_position)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (refund_id) do nothing""")
                .params(event.refundId(), event.orderId(), event.orderNumber(), RefundStatus.REQUESTED.name(),
                        event.reason().name(), event.amount().currency(), event.amount().amount(),
                        Timestamp.from(event.requestedAt()), event.note(), position)
                .update();
    }

    /** REF-3: FINANCE approved; the first payment attempt follows at once. */
    void approved(String refundId, Instant decidedAt, long position) {
        change(refundId, position, RefundStatus.APPROVED, "decided_at = :at")
                .param("at", Timestamp.from(decidedAt)).update();
    }

    /** REF-3: rejected, final; FINANCE's reason is kept apart from the requester's note. */
    void rejected(String refundId, String reason, Instant decidedAt, long position) {
        change(refundId, position, RefundStatus.REJECTED, "decided_at = :at, rejection_reason = :reason")
                .param("at", Timestamp.from(decidedAt)).param("reason", reason).update();
    }

    /** REF-4: payment attempt {@code attempt} (counted from 1) was handed to the payment provider. */
    void paymentStarted(String refundId, int attempt, long position) {
        change(refundId, position, RefundStatus.PROCESSING, "attempts = :attempt").param("attempt", attempt).update();
    }

    /** REF-4: the attempt failed; its reason stays until a later attempt fails. */
    void failed(String refundId, String reason, int attempt, long position) {
        change(refundId, position, RefundStatus.FAILED, "failure_reason = :reason, attempts = :attempt")
                .param("reason", reason).param("attempt", attempt).update();
    }

    void completed(String refundId, Instant completedAt, long position) {
        change(refundId, position, RefundStatus.COMPLETED, "completed_at = :at")
                .param("at", Timestamp.from(completedAt)).update();
    }

    /** An update of the status and {@code assignments} that applies only if the row has not seen this event. */
    private JdbcClient.StatementSpec change(String refundId, long position, RefundStatus status, String assignments) {
        return jdbc.sql("update refund_view set status = :status, last_event_position = :position, " + assignments
                        + " where refund_id = :id and last_event_position < :position")
                .param("status", status.name()).param("position", position).param("id", refundId);
    }

    Optional<RefundView> find(String refundId) {
        return jdbc.sql("select * from refund_view where refund_id = ?").param(refundId).query(this::view).optional();
    }

    /** Every refund of these orders, grouped by order, oldest first within an order. */
    List<RefundView> ofOrders(List<String> orderIds) {
        if (orderIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from refund_view where order_id in (:orders) order by order_id, requested_at, refund_id")
                .param("orders", orderIds).query(this::view).list();
    }

    /** Keyset pagination: the rows after the cursor's (requested_at, refund_id) in newest-first order. */
    RefundPage page(ListRefundsQuery query) {
        String statusFilter = query.statuses().isEmpty() ? "" : " and status in (:statuses)";
        List<String> statuses = query.statuses().stream().map(Enum::name).toList();
        int total = withStatuses(jdbc.sql("select count(*) from refund_view where true" + statusFilter), statuses)
                .query(Integer.class).single();
        String after = query.afterRefundId() == null ? "" : " and (requested_at, refund_id) < (:afterAt, :afterId)";
        JdbcClient.StatementSpec statement = withStatuses(jdbc.sql("select * from refund_view where true" + statusFilter
                + after + NEWEST_FIRST + " limit :limit"), statuses).param("limit", query.first() + 1);
        if (query.afterRefundId() != null) {
            statement = statement.param("afterAt", Timestamp.from(query.afterRequestedAt()))
                    .param("afterId", query.afterRefundId());
        }
        List<RefundView> rows = statement.query(this::view).list();
        boolean more = rows.size() > query.first();
        return new RefundPage(more ? rows.subList(0, query.first()) : rows, more, total);
    }

    void deleteAll() {
        jdbc.sql("delete from refund_view").update();
    }

    private static JdbcClient.StatementSpec withStatuses(JdbcClient.StatementSpec statement, List<String> statuses) {
        return statuses.isEmpty() ? statement : statement.param("statuses", statuses);
    }

    private RefundView view(ResultSet rs, int row) throws SQLException {
        return new RefundView(rs.getString("refund_id"), rs.getString("order_id"), rs.getString("order_number"),
                RefundStatus.valueOf(rs.getString("status")), RefundReason.valueOf(rs.getString("reason")),
                new Money(rs.getBigDecimal("amount"), rs.getString("currency")), rs.getInt("attempts"),
                instant(rs, "requested_at"), instant(rs, "decided_at"), instant(rs, "completed_at"),
                rs.getString("note"), rs.getString("failure_reason"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
