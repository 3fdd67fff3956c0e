package io.ledgerline.query.graphql;

import io.ledgerline.api.order.OrderPage;
import io.ledgerline.api.order.OrderView;
import java.util.List;

/** The contract's {@code OrderConnection}: a page of orders as edges (each with its cursor), page info and the total. */
record OrderConnection(List<Edge> edges, PageInfo pageInfo, long totalCount) {

    record Edge(OrderView node, String cursor) {
    }

    record PageInfo(boolean hasNextPage, String endCursor) {
    }

    static OrderConnection of(OrderPage page) {
        List<Edge> edges = page.orders().stream().map(order -> new Edge(order, OrderPage.cursorOf(order))).toList();
        return new OrderConnection(edges, new PageInfo(page.hasNextPage(), page.endCursor()), page.totalCount());
    }
}
