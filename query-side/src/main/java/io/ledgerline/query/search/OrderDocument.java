package io.ledgerline.query.search;

import io.ledgerline.api.order.OrderLine;
import io.ledgerline.api.order.OrderPlacedEvent;
import io.ledgerline.api.order.OrderStatus;
import java.time.Instant;
import java.util.List;

/**
 * One order as the search index holds it: the fields people search by and filter on. {@code position}
 * is the global index of the last event folded into it, also used as the document's external version.
 * The total is held exactly, in minor units (fen for CNY): the test server has no scaled_float.
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
                event.shippingAddress().city(), lines.stream().map(OrderLine::sku).toList(),
                lines.stream().map(OrderLine::productName).toList(),
                lines.stream().map(OrderLine::category).distinct().toList(),
                event.total().amount().movePointRight(2).longValueExact(), event.total().currency(), event.placedAt(), event.placedAt(), position);
    }
}
