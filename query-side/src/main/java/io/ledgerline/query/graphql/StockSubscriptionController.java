package io.ledgerline.query.graphql;

import io.ledgerline.api.inventory.InventoryItemView;
import io.ledgerline.api.inventory.WatchLowStockQuery;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Flux;

/** {@code lowStockAlerts}: every item whose INV-7 alert is raised, pushed over the GraphQL WebSocket. */
@Controller
class StockSubscriptionController {

    private final QueryGateway queries;

    StockSubscriptionController(QueryGateway queries) {
        this.queries = queries;
    }

    @SubscriptionMapping
    Flux<InventoryItemView> lowStockAlerts() {
        SubscriptionQueryResult<Optional<InventoryItemView>, InventoryItemView> subscription = queries.subscriptionQuery(
                new WatchLowStockQuery(), ResponseTypes.optionalInstanceOf(InventoryItemView.class),
                ResponseTypes.instanceOf(InventoryItemView.class));
        return subscription.updates().doFinally(signal -> subscription.cancel());
    }
}
