package io.ledgerline.reporting.sales;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sales facts of each order ({@code sales_order}, {@code sales_order_line}, {@code sales_refund}): what
 * {@link SalesContributions} are computed from.
 */
@Repository
class OrderSalesRepository implements OrderSalesFacts {

    private final JdbcClient jdbc;

    OrderSalesRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a placed order; false when it is known already (a replayed or repeated event). */
    @Override
    public boolean insert(OrderSales order, long position) {
        boolean inserted = jdbc.sql("""
                        insert into sales_order (order_id, channel, province, status, last_event_position)
                        values (?, ?, ?, ?, ?) on conflict (order_id) do nothing""")
                .params(order.orderId(), order.channel(), order.province(), order.status(), position).update() == 1;
        if (inserted) {
            insertLines(order);
        }
        return inserted;
    }

    /**
     * Moves the order's position to the event's (and locks its row until the transaction ends). False when the event
     * was applied already, or the order is unknown: the caller then changes nothing.
     */
    @Override
    public boolean claim(String orderId, long position) {
        return jdbc.sql("update sales_order set last_event_position = ? where order_id = ? and last_event_position < ?")
                .params(position, orderId, position).update() == 1;
    }

    @Override
    public Optional<OrderSales> find(String orderId) {
        List<SoldLine> lines = jdbc.sql("""
                        select sku, product_name, category, quantity, line_total from sales_order_line
                        where order_id = ? order by line_no""")
                .param(orderId).query((rs, n) -> new SoldLine(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getInt(4), rs.getBigDecimal(5))).list();
        List<CompletedRefund> refunds = jdbc.sql("""
                        select refund_id, amount, skus, completed_at from sales_refund
                        where order_id = ? order by completed_at, refund_id""")
                .param(orderId).query((rs, n) -> new CompletedRefund(rs.getString(1), rs.getBigDecimal(2),
                        List.of((String[]) rs.getArray(3).getArray()), rs.getTimestamp(4).toInstant())).list();
        return jdbc.sql("select channel, province, status, paid_at, paid_amount from sales_order where order_id = ?")
                .param(orderId).query((rs, n) -> {
                    Timestamp paidAt = rs.getTimestamp(4);
                    return new OrderSales(orderId, rs.getString(1), rs.getString(2), rs.getString(3), lines,
                            paidAt == null ? null : paidAt.toInstant(), rs.getBigDecimal(5), refunds);
                }).optional();
    }

    /** Writes what changed from {@code before} to {@code after}. */
    @Override
    public void save(OrderSales before, OrderSales after) {
        jdbc.sql("update sales_order set status = ?, paid_at = ?, paid_amount = ? where order_id = ?")
                .params(after.status(), after.paidAt() == null ? null : Timestamp.from(after.paidAt()), after.paidAmount(),
                        after.orderId()).update();
        if (!after.lines().equals(before.lines())) {
            jdbc.sql("delete from sales_order_line where order_id = ?").param(after.orderId()).update();
            insertLines(after);
        }
        after.refunds().stream().filter(refund -> !before.refunds().contains(refund)).forEach(refund -> jdbc.sql("""
                        insert into sales_refund (refund_id, order_id, amount, skus, completed_at) values (?, ?, ?, ?, ?)
                        on conflict (refund_id) do nothing""")
                .params(refund.refundId(), after.orderId(), refund.amount(), refund.skus().toArray(String[]::new),
                        Timestamp.from(refund.completedAt())).update());
    }

    @Override
    public void deleteAll() {
        jdbc.sql("truncate sales_order, sales_order_line, sales_refund").update();
    }

    private void insertLines(OrderSales order) {
        for (int i = 0; i < order.lines().size(); i++) {
            SoldLine line = order.lines().get(i);
            jdbc.sql("""
                            insert into sales_order_line (order_id, line_no, sku, product_name, category, quantity, line_total)
                            values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(order.orderId(), i, line.sku(), line.productName(), line.category(), line.quantity(),
                            line.lineTotal()).update();
        }
    }
}
