package io.ledgerline.query.graphql;

import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;
import io.ledgerline.api.order.FindLogisticsExceptionsQuery;
import io.ledgerline.api.order.FindOrderQuery;
import io.ledgerline.api.order.FindShipmentsQuery;
import io.ledgerline.api.order.ListOrdersQuery;
import io.ledgerline.api.order.LogisticsExceptionView;
import io.ledgerline.api.order.OrderFilter;
import io.ledgerline.api.order.OrderPage;
import io.ledgerline.api.order.OrderView;
import io.ledgerline.api.order.ShipmentView;
import io.ledgerline.query.order.InvalidPageRequestException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import io.ledgerline.api.refund.FindRefundsOfOrdersQuery;
import io.ledgerline.api.refund.RefundView;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The contract's {@code Order} queries, answered through Axon's query bus from the order read model. The
 * shipments and exceptions of a whole page of orders are fetched in one query each ({@code @BatchMapping}),
 * never one per order.
 */
@Controller
class OrderController {

    private final QueryGateway queries;

    OrderController(QueryGateway queries) {
        this.queries = queries;
    }

    @QueryMapping
    Optional<OrderView> order(@Argument String id, @Argument String orderNumber) {
        if (id == null && orderNumber == null) {
            return Optional.empty();
        }
        FindOrderQuery query = id != null ? FindOrderQuery.byId(id) : FindOrderQuery.byNumber(orderNumber);
        return join(queries.query(query, ResponseTypes.optionalInstanceOf(OrderView.class)));
    }

    /** Newest first; {@code first} is capped at {@link ListOrdersQuery#MAX_PAGE_SIZE}. */
    @QueryMapping
    OrderConnection orders(@Argument OrderFilter filter, @Argument int first, @Argument String after) {
        ListOrdersQuery query = new ListOrdersQuery(filter == null ? OrderFilter.none() : filter, first, after);
        return OrderConnection.of(join(queries.query(query, ResponseTypes.instanceOf(OrderPage.class))));
    }

    @BatchMapping(typeName = "Order")
    Map<OrderView, ShipmentView> shipment(List<OrderView> orders) {
        List<ShipmentView> shipments = join(queries.query(new FindShipmentsQuery(ids(orders)),
                ResponseTypes.multipleInstancesOf(ShipmentView.class)));
        Map<String, ShipmentView> byOrder = shipments.stream().collect(Collectors.toMap(ShipmentView::orderId, Function.identity()));
        Map<OrderView, ShipmentView> result = new HashMap<>();
        orders.forEach(order -> {
            if (byOrder.containsKey(order.id())) {
                result.put(order, byOrder.get(order.id()));
            }
        });
        return result;
    }

    @BatchMapping(typeName = "Order")
    Map<OrderView, List<LogisticsExceptionView>> exceptions(List<OrderView> orders) {
        List<LogisticsExceptionView> exceptions = join(queries.query(new FindLogisticsExceptionsQuery(ids(orders)),
                ResponseTypes.multipleInstancesOf(LogisticsExceptionView.class)));
        Map<String, List<LogisticsExceptionView>> byOrder = exceptions.stream()
                .collect(Collectors.groupingBy(LogisticsExceptionView::orderId));
        Map<OrderView, List<LogisticsExceptionView>> result = new HashMap<>();
        orders.forEach(order -> result.put(order, byOrder.getOrDefault(order.id(), List.of())));
        return result;
    }

    /** The refunds of a page of orders, from the refund read model in one query, oldest first per order. */
    @BatchMapping(typeName = "Order")
    Map<OrderView, List<RefundView>> refunds(List<OrderView> orders) {
        List<RefundView> refunds = join(queries.query(new FindRefundsOfOrdersQuery(ids(orders)),
                ResponseTypes.multipleInstancesOf(RefundView.class)));
        Map<String, List<RefundView>> byOrder = refunds.stream().collect(Collectors.groupingBy(RefundView::orderId));
        Map<OrderView, List<RefundView>> result = new HashMap<>();
        orders.forEach(order -> result.put(order, byOrder.getOrDefault(order.id(), List.of())));
        return result;
    }

    @GraphQlExceptionHandler
    GraphQLError invalidPageRequest(InvalidPageRequestException e, DataFetchingEnvironment env) {
        return InvalidArgumentAdvice.error(e, env);
    }

    private static List<String> ids(List<OrderView> orders) {
        return orders.stream().map(OrderView::id).distinct().toList();
    }

    /** The answer of a query; a query handler's own exception (say, a bad cursor) comes out as itself. */
    private static <T> T join(CompletableFuture<T> answer) {
        try {
            return answer.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
