package io.ledgerline.query.graphql;

import io.ledgerline.api.order.OrderView;
import io.ledgerline.api.order.WatchOrdersQuery;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;

/** {@code orderUpdated}: an order's changes (or every order's) pushed over the GraphQL WebSocket. */
@Controller
class OrderSubscriptionController {

    private final QueryGateway queries;

    OrderSubscriptionController(QueryGateway queries) {
        this.queries = queries;
    }

    @SubscriptionMapping
    Flux<OrderView> orderUpdated(@Argument String orderId) {
        SubscriptionQueryResult<java.util.Optional<OrderView>, OrderView> subscription = queries.subscriptionQuery(
                new WatchOrdersQuery(orderId), ResponseTypes.optionalInstanceOf(OrderView.class),
                ResponseTypes.instanceOf(OrderView.class));
        return subscription.updates().doFinally(signal -> subscription.cancel());
    }
}
