package io.ledgerline.query.search;

import io.ledgerline.api.common.Money;
import io.ledgerline.api.order.OrderLine;
import io.ledgerline.api.order.OrderPlacedEvent;
import io.ledgerline.api.order.OrderStatus;
import java.time.Instant;
import java.util.List;

/**
 * One order as the search index holds it: the fields people search by and filter on. {@code position}
 * is the global index of the last event folded into it, also used as the document's external version.
 * The total is held exactly, in minor units (fen for CNY): the test server has no scaled_float.
 * The index keeps the order's whole searchable state, so a change is applied by reading the document,
 * changing it here and writing it back whole (the test server has no scripts and no update-by-query).
 * {@code updatedAt} is the time of the last event folded in, that is of the last change to a searched field.
 */
record OrderDocument(String orderId, String orderNumber, String customerId, String channel, String status,
                     String paymentMethod, String deliveryMethod, String recipient, String phone, String province,
                     String city, List<String> skus, List<String> productNames, List<String> categories,
                     long totalMinor, String currency, Instant placedAt, Instant updatedAt, long position) {

    static OrderDocument placed(OrderPlacedEvent event, long position) {
        List<OrderLine> lines = event.lines();
        return new OrderDocument(event.orderId(), event.orderNumber(), event.customerId(), event.channel().name(),
                OrderStatus.PENDING_PAYMENT.name(), event.paymentMethod().name(), event.deliveryMethod().name(),
                event.shippingAddress().recipient(), event.shippingAddress().phone(), event.shippingAddress().province(),
                event.shippingAddress().city(), skus(lines), productNames(lines), categories(lines),
                minorUnits(event.total()), event.total().currency(), event.placedAt(), event.placedAt(), position);
    }

    /** ORD-4: the lines were changed, and with them the skus, names, categories and total searched for. */
    OrderDocument withLines(List<OrderLine> lines, Money total, Instant at, long position) {
        return new OrderDocument(orderId, orderNumber, customerId, channel, status, paymentMethod, deliveryMethod,
                recipient, phone, province, city, skus(lines), productNames(lines), categories(lines),
                minorUnits(total), total.currency(), placedAt, at, position);
    }

    OrderDocument withStatus(OrderStatus newStatus, Instant at, long position) {
        return new OrderDocument(orderId, orderNumber, customerId, channel, newStatus.name(), paymentMethod,
                deliveryMethod, recipient, phone, province, city, skus, productNames, categories, totalMinor, currency,
                placedAt, at, position);
    }

    /** An amount in minor units (two decimal places, as {@link Money} guarantees), exactly. */
    static long minorUnits(Money money) {
        return money.amount().movePointRight(2).longValueExact();
    }

    private static List<String> skus(List<OrderLine> lines) {
        return lines.stream().map(OrderLine::sku).toList();
    }

    private static List<String> productNames(List<OrderLine> lines) {
        return lines.stream().map(OrderLine::productName).toList();
    }

    private static List<String> categories(List<OrderLine> lines) {
        return lines.stream().map(OrderLine::category).distinct().toList();
    }
}
