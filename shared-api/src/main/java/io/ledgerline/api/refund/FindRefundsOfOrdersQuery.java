package io.ledgerline.api.refund;

import java.util.List;

/**
 * REF-1: every refund of these orders at once (for the GraphQL {@code Order.refunds} field, loaded in one
 * batch); answers a list of {@link RefundView}, grouped by order and oldest first within an order.
 */
public record FindRefundsOfOrdersQuery(List<String> orderIds) {

    public FindRefundsOfOrdersQuery {
        orderIds = List.copyOf(orderIds);
    }
}
