package io.ledgerline.query.order;

import io.ledgerline.api.order.FindOrderQuery;
import io.ledgerline.api.order.OrderView;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers order queries from the PostgreSQL read model. */
@Component
class OrderQueryHandler {

    private final OrderViewRepository orders;

    OrderQueryHandler(OrderViewRepository orders) {
        this.orders = orders;
    }

    @QueryHandler
    Optional<OrderView> handle(FindOrderQuery query) {
        if (query.orderId() != null) {
            return orders.findById(query.orderId());
        }
        return query.orderNumber() == null ? Optional.empty() : orders.findByNumber(query.orderNumber());
    }
}
