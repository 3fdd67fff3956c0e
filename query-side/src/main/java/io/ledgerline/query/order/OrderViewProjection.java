package io.ledgerline.query.order;

import io.ledgerline.api.order.OrderPlacedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;

/**
 * Builds the order read model in PostgreSQL. Its writes share a transaction with the processor's token,
 * and each is guarded by the event's global position, so replays and retries are harmless.
 */
@Component
@ProcessingGroup(OrderViewProjection.PROCESSING_GROUP)
class OrderViewProjection {

    static final String PROCESSING_GROUP = "order-view";

    private final OrderViewRepository orders;

    OrderViewProjection(OrderViewRepository orders) {
        this.orders = orders;
    }

    @EventHandler
    void on(OrderPlacedEvent event, @SequenceNumber long version, TrackingToken token) {
        orders.insertPlaced(event, version, EventPositions.of(token));
    }

    @ResetHandler
    void reset() {
        orders.deleteAll();
    }
}
