package io.ledgerline.query.order;

import io.ledgerline.api.common.Address;
import io.ledgerline.api.common.Money;
import io.ledgerline.api.order.Channel;
import io.ledgerline.api.order.DeliveryMethod;
import io.ledgerline.api.order.OrderLine;
import io.ledgerline.api.order.OrderPlacedEvent;
import io.ledgerline.api.order.OrderStatus;
import io.ledgerline.api.order.OrderView;
import io.ledgerline.api.order.PaymentMethod;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the order read model: {@code order_view} and its {@code order_line_view} rows. */
@Repository
class OrderViewRepository {

    private final JdbcClient jdbc;

    OrderViewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertPlaced(OrderPlacedEvent event, long version, long position) {
        Address address = event.shippingAddress();
        int inserted = jdbc.sql("""
                        insert into order_view (order_id, order_number, customer_id, channel, status, currency, total,
                            payment_method, delivery_method, recipient, phone, province, city, address_line, postal_code,
                            modifications_left, placed_at, updated_at, version, last_event_position)
                        values (:id, :number, :customer, :channel, :status, :currency, :total, :payment, :delivery,
                            :recipient, :phone, :province, :city, :line, :postalCode, :modifications, :placedAt, :placedAt,
                            :version, :position)
                        on conflict (order_id) do nothing""")
                .param("id", event.orderId())
                .param("number", event.orderNumber())
                .param("customer", event.customerId())
                .param("channel", event.channel().name())
                .param("status", OrderStatus.PENDING_PAYMENT.name())
                .param("currency", event.total().currency())
                .param("total", event.total().amount())
                .param("payment", event.paymentMethod().name())
                .param("delivery", event.deliveryMethod().name())
                .param("recipient", address.recipient())
                .param("phone", address.phone())
                .param("province", address.province())
                .param("city", address.city())
                .param("line", address.line())
                .param("postalCode", address.postalCode())
                .param("modifications", event.modificationsAllowed())
                .param("placedAt", Timestamp.from(event.placedAt()))
                .param("version", version)
                .param("position", position)
                .update();
        if (inserted == 0) {
            return; // already applied: this is a replay or a retry
        }
        List<OrderLine> lines = event.lines();
        for (int i = 0; i < lines.size(); i++) {
            OrderLine line = lines.get(i);
            jdbc.sql("""
                            insert into order_line_view (order_id, line_no, sku, product_name, category, unit_price, quantity)
                            values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(event.orderId(), i + 1, line.sku(), line.productName(), line.category(),
                            line.unitPrice().amount(), line.quantity())
                    .update();
        }
    }

    Optional<OrderView> findById(String orderId) {
        return jdbc.sql("select * from order_view where order_id = ?").param(orderId)
                .query(this::orderWithoutLines).optional().map(this::withLines);
    }

    Optional<OrderView> findByNumber(String orderNumber) {
        return jdbc.sql("select * from order_view where order_number = ?").param(orderNumber)
                .query(this::orderWithoutLines).optional().map(this::withLines);
    }

    void deleteAll() {
        jdbc.sql("delete from order_line_view").update();
        jdbc.sql("delete from order_view").update();
    }

    private OrderView withLines(OrderView order) {
        String currency = order.total().currency();
        List<OrderLine> lines = jdbc.sql("select * from order_line_view where order_id = ? order by line_no")
                .param(order.id())
                .query((rs, n) -> new OrderLine(rs.getString("sku"), rs.getString("product_name"), rs.getString("category"),
                        new Money(rs.getBigDecimal("unit_price"), currency), rs.getInt("quantity")))
                .list();
        return new OrderView(order.id(), order.orderNumber(), order.customerId(), order.channel(), order.status(), lines,
                order.total(), order.amountPaid(), order.amountRefunded(), order.paymentMethod(), order.deliveryMethod(),
                order.shippingAddress(), order.modificationsLeft(), order.placedAt(), order.updatedAt(), order.version());
    }

    private OrderView orderWithoutLines(ResultSet rs, int row) throws SQLException {
        String currency = rs.getString("currency");
        return new OrderView(rs.getString("order_id"), rs.getString("order_number"), rs.getString("customer_id"),
                Channel.valueOf(rs.getString("channel")), OrderStatus.valueOf(rs.getString("status")), List.of(),
                money(rs.getBigDecimal("total"), currency), money(rs.getBigDecimal("amount_paid"), currency),
                money(rs.getBigDecimal("amount_refunded"), currency), PaymentMethod.valueOf(rs.getString("payment_method")),
                DeliveryMethod.valueOf(rs.getString("delivery_method")),
                new Address(rs.getString("recipient"), rs.getString("phone"), rs.getString("province"), rs.getString("city"),
                        rs.getString("address_line"), rs.getString("postal_code")),
                rs.getInt("modifications_left"), rs.getTimestamp("placed_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(), rs.getLong("version"));
    }

    private static Money money(BigDecimal amount, String currency) {
        return new Money(amount, currency);
    }
}
