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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for the order rows of the read model: {@code order_view} and its {@code order_line_view} rows.
 * Every change of an order goes through {@link #advance}, which applies it only if the event is newer than
 * the last one applied to the row.
 */
@Repository
class OrderViewRepository {

    private final JdbcClient jdbc;

    OrderViewRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates the order's row and lines; false if it exists already (a replay or a retry). */
    boolean insertPlaced(OrderPlacedEvent event, long version, Instant at, long position) {
        Address address = event.shippingAddress();
        int inserted = jdbc.sql("""
                        insert into order_view (order_id, order_number, customer_id, channel, status, currency, total,
                            payment_method, delivery_method, recipient, phone, province, city, address_line, postal_code,
                            modifications_left, placed_at, updated_at, version, last_event_position)
                        values (:id, :number, :customer, :channel, :status, :currency, :total, :payment, :delivery,
                            :recipient, :phone, :province, :city, :line, :postalCode, :modifications, :placedAt, :at,
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
                .param("at", Timestamp.from(at))
                .param("version", version)
                .param("position", position)
                .update();
        if (inserted == 0) {
            return false;
        }
        insertLines(event.orderId(), event.lines());
        return true;
    }

    /**
     * Applies one event to the order's row: {@code assignments} (constant SQL naming only the given
     * parameters) plus the event's time, sequence and position. False if the row holds this event or a later
     * one already, in which case nothing changed and the caller writes nothing else either.
     */
    boolean advance(String orderId, String assignments, Map<String, ?> params, long version, Instant at, long position) {
        String set = assignments.isEmpty() ? "" : assignments + ", ";
        return jdbc.sql("update order_view set " + set + """
                        updated_at = :at, version = :version, last_event_position = :position
                        where order_id = :id and last_event_position < :position""")
                .params(params)
                .param("id", orderId)
                .param("at", Timestamp.from(at))
                .param("version", version)
                .param("position", position)
                .update() == 1;
    }

    /** An event that changes nothing but the order's {@code updatedAt} and {@code version}. */
    boolean advance(String orderId, long version, Instant at, long position) {
        return advance(orderId, "", Map.of(), version, at, position);
    }

    boolean advanceStatus(String orderId, OrderStatus status, long version, Instant at, long position) {
        return advance(orderId, "status = :status", Map.of("status", status.name()), version, at, position);
    }

    void replaceLines(String orderId, List<OrderLine> lines) {
        jdbc.sql("delete from order_line_view where order_id = ?").param(orderId).update();
        insertLines(orderId, lines);
    }

    private void insertLines(String orderId, List<OrderLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            OrderLine line = lines.get(i);
            jdbc.sql("""
                            insert into order_line_view (order_id, line_no, sku, product_name, category, unit_price, quantity)
                            values (?, ?, ?, ?, ?, ?, ?)
                            on conflict (order_id, line_no) do nothing""")
                    .params(orderId, i + 1, line.sku(), line.productName(), line.category(), line.unitPrice().amount(),
                            line.quantity())
                    .update();
        }
    }

    Optional<OrderView> findById(String orderId) {
        return jdbc.sql("select * from order_view where order_id = ?").param(orderId)
                .query(OrderViewRepository::orderWithoutLines).optional().map(order -> withLines(List.of(order)).getFirst());
    }

    /** These orders, with their lines, in two statements; ids the read model does not hold are left out. */
    List<OrderView> findByIds(Collection<String> orderIds) {
        if (orderIds.isEmpty()) {
            return List.of();
        }
        return withLines(jdbc.sql("select * from order_view where order_id in (:ids)").param("ids", orderIds)
                .query(OrderViewRepository::orderWithoutLines).list());
    }

    Optional<OrderView> findByNumber(String orderNumber) {
        return jdbc.sql("select * from order_view where order_number = ?").param(orderNumber)
                .query(OrderViewRepository::orderWithoutLines).optional().map(order -> withLines(List.of(order)).getFirst());
    }

    /**
     * One page of orders, newest first, matching {@code where} (constant SQL over the given parameters), after
     * the key ({@code afterPlacedAt}, {@code afterId}) when given. Two statements: the orders, then their lines.
     */
    List<OrderView> findPage(String where, Map<String, ?> params, Instant afterPlacedAt, String afterId, int limit) {
        String keyset = afterPlacedAt == null ? "" : " and (placed_at, order_id) < (:afterPlacedAt, :afterId)";
        JdbcClient.StatementSpec statement = jdbc.sql("select * from order_view where " + where + keyset
                        + " order by placed_at desc, order_id desc limit :limit")
                .params(params)
                .param("limit", limit);
        if (afterPlacedAt != null) {
            statement = statement.param("afterPlacedAt", Timestamp.from(afterPlacedAt)).param("afterId", afterId);
        }
        return withLines(statement.query(OrderViewRepository::orderWithoutLines).list());
    }

    long count(String where, Map<String, ?> params) {
        return jdbc.sql("select count(*) from order_view where " + where).params(params).query(Long.class).single();
    }

    void deleteAll() {
        jdbc.sql("delete from order_tracking_event_view").update();
        jdbc.sql("delete from order_shipment_view").update();
        jdbc.sql("delete from order_exception_view").update();
        jdbc.sql("delete from order_line_view").update();
        jdbc.sql("delete from order_view").update();
    }

    /** The lines of all these orders in one statement. */
    private List<OrderView> withLines(List<OrderView> orders) {
        if (orders.isEmpty()) {
            return orders;
        }
        Map<String, List<OrderLine>> lines = new LinkedHashMap<>();
        Map<String, String> currencies = orders.stream().collect(Collectors.toMap(OrderView::id, o -> o.total().currency()));
        jdbc.sql("select * from order_line_view where order_id in (:ids) order by order_id, line_no")
                .param("ids", ids(orders))
                .query((ResultSet rs) -> {
                    String orderId = rs.getString("order_id");
                    lines.computeIfAbsent(orderId, id -> new ArrayList<>()).add(new OrderLine(rs.getString("sku"),
                            rs.getString("product_name"), rs.getString("category"),
                            new Money(rs.getBigDecimal("unit_price"), currencies.get(orderId)), rs.getInt("quantity")));
                });
        return orders.stream().map(order -> new OrderView(order.id(), order.orderNumber(), order.customerId(), order.channel(),
                order.status(), List.copyOf(lines.getOrDefault(order.id(), List.of())), order.total(), order.amountPaid(),
                order.amountRefunded(), order.paymentMethod(), order.deliveryMethod(), order.shippingAddress(),
                order.modificationsLeft(), order.placedAt(), order.updatedAt(), order.version())).toList();
    }

    private static Collection<String> ids(List<OrderView> orders) {
        return orders.stream().map(OrderView::id).toList();
    }

    private static OrderView orderWithoutLines(ResultSet rs, int row) throws SQLException {
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
