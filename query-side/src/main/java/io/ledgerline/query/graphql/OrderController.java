package io.ledgerline.query.graphql;

import io.ledgerline.api.order.FindOrderQuery;
import io.ledgerline.api.order.OrderView;
import java.util.List;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The contract's {@code Order} queries, answered through Axon's query bus from the order read model. */
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
        return queries.query(query, ResponseTypes.optionalInstanceOf(OrderView.class)).join();
    }

    /** No shipping command exists yet, so no order has a shipment. */
    @SchemaMapping(typeName = "Order")
    Object shipment(OrderView order) {
        return null;
    }

    /** No logistics-exception command exists yet, so every order's list is truly empty. */
    @SchemaMapping(typeName = "Order")
    List<Object> exceptions(OrderView order) {
        return List.of();
    }

    /** No refund command exists yet, so every order's list is truly empty. */
    @SchemaMapping(typeName = "Order")
    List<Object> refunds(OrderView order) {
        return List.of();
    }

    @SchemaMapping(typeName = "Order")
    List<Object> history(OrderView order) {
        throw new NotYetAvailableException("Order.history");
    }
}
