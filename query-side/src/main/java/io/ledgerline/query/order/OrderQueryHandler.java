package io.ledgerline.query.order;

import io.ledgerline.api.order.FindLogisticsExceptionsQuery;
import io.ledgerline.api.order.FindOrderQuery;
import io.ledgerline.api.order.FindShipmentsQuery;
import io.ledgerline.api.order.ListOrdersQuery;
import io.ledgerline.api.order.LogisticsExceptionView;
import io.ledgerline.api.order.OrderPage;
import io.ledgerline.api.order.OrderView;
import io.ledgerline.api.order.ShipmentView;
import java.util.List;
import java.util.Optional;
import io.ledgerline.api.order.FindOrdersByIdsQuery;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers order queries from the PostgreSQL read model. */
@Component
class OrderQueryHandler {

    private final OrderViewRepository orders;
    private final ShipmentViewRepository shipments;
    private final LogisticsExceptionViewRepository exceptions;

    OrderQueryHandler(OrderViewRepository orders, ShipmentViewRepository shipments,
                      LogisticsExceptionViewRepository exceptions) {
        this.orders = orders;
        this.shipments = shipments;
        this.exceptions = exceptions;
    }

    @QueryHandler
    Optional<OrderView> handle(FindOrderQuery query) {
        if (query.orderId() != null) {
            return orders.findById(query.orderId());
        }
        return query.orderNumber() == null ? Optional.empty() : orders.findByNumber(query.orderNumber());
    }

    /**
     * A keyset page: one row more than asked is read to learn whether another page follows. {@code first} is
     * capped at {@link ListOrdersQuery#MAX_PAGE_SIZE}; the total counts every match of the filter, whatever
     * the cursor.
     */
    /** A page of search hits: the orders in the order of the ids given. */
    @QueryHandler
    List<OrderView> handle(FindOrdersByIdsQuery query) {
        Map<String, OrderView> byId = orders.findByIds(query.orderIds()).stream()
                .collect(Collectors.toMap(OrderView::id, Function.identity()));
        return query.orderIds().stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    @QueryHandler
    OrderPage handle(ListOrdersQuery query) {
        if (query.first() < 0) {
            throw new InvalidPageRequestException("first must not be negative: " + query.first());
        }
        int size = Math.min(query.first(), ListOrdersQuery.MAX_PAGE_SIZE);
        OrderCursor after = query.after() == null ? null : OrderCursor.parse(query.after());
        OrderFilterSql filter = OrderFilterSql.of(query.filter());
        List<OrderView> rows = size == 0 ? List.of() : orders.findPage(filter.where(), filter.params(),
                after == null ? null : after.placedAt(), after == null ? null : after.orderId(), size + 1);
        boolean hasNextPage = rows.size() > size;
        List<OrderView> page = hasNextPage ? rows.subList(0, size) : rows;
        String endCursor = page.isEmpty() ? null : OrderPage.cursorOf(page.getLast());
        return new OrderPage(List.copyOf(page), hasNextPage, endCursor, orders.count(filter.where(), filter.params()));
    }

    @QueryHandler
    List<ShipmentView> handle(FindShipmentsQuery query) {
        return shipments.findByOrderIds(query.orderIds());
    }

    @QueryHandler
    List<LogisticsExceptionView> handle(FindLogisticsExceptionsQuery query) {
        return exceptions.findByOrderIds(query.orderIds());
    }
}
