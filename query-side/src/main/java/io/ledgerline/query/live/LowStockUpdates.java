package io.ledgerline.query.live;

import io.ledgerline.api.inventory.InventoryItemView;
import io.ledgerline.api.inventory.WatchLowStockQuery;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;

/**
 * Live INV-7 alerts for the {@code lowStockAlerts} subscription. The inventory read model publishes an item
 * when its alert is raised; Axon delivers it after the projection's transaction has committed.
 */
@Component
public class LowStockUpdates {

    private final QueryUpdateEmitter emitter;

    LowStockUpdates(QueryUpdateEmitter emitter) {
        this.emitter = emitter;
    }

    /** A subscription starts empty: it shows alerts raised from now on. */
    @QueryHandler
    Optional<InventoryItemView> initial(WatchLowStockQuery query) {
        return Optional.empty();
    }

    public void publish(InventoryItemView item) {
        emitter.emit(WatchLowStockQuery.class, query -> true, item);
    }
}
