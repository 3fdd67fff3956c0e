package io.ledgerline.query.live;

import io.ledgerline.api.order.OrderView;
import io.ledgerline.api.order.WatchOrdersQuery;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

/**
 * Live order updates for the {@code orderUpdated} subscription, through Axon subscription queries. The
 * order read model publishes each changed order here; Axon delivers it to the matching subscribers once
 * the projection's transaction has committed, so a subscriber never sees a change that was rolled back.
 */
@Component
public class OrderUpdates {

    private final QueryUpdateEmitter emitter;

    OrderUpdates(QueryUpdateEmitter emitter) {
        this.emitter = emitter;
    }

    /** A subscription starts with no initial order: it shows changes from now on. */
    @QueryHandler
    Optional<OrderView> initial(WatchOrdersQuery query) {
        return Optional.empty();
    }

    /** Whether anyone subscribes to order updates now: if not, the read model need not read back what it changed. */
    public boolean watched() {
        return emitter.activeSubscriptions().stream()
                .anyMatch(subscription -> subscription.getPayloadType() == WatchOrdersQuery.class);
    }

    public void publish(OrderView changed) {
        emitter.emit(WatchOrdersQuery.class, query -> query.covers(changed.id()), changed);
    }
}
