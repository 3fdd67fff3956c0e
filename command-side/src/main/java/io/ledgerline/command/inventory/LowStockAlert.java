package io.ledgerline.command.inventory;

import io.ledgerline.api.inventory.LowStockAlertClearedEvent;
import io.ledgerline.api.inventory.LowStockAlertRaisedEvent;
import io.ledgerline.api.inventory.LowStockThresholdSetEvent;
import java.util.Optional;
import org.axonframework.eventsourcing.EventSourcingHandler;

/**
 * INV-7: a sku's low-stock alert, a member of its {@link InventoryItem}. Raised once when the total
 * available stock falls to or below the threshold, cleared once when it rises above. The threshold is 0
 * until set, so an item alerts when it runs out.
 */
class LowStockAlert {

    private int threshold;
    private boolean raised;

    /** The alert fact that {@code available} stock calls for, if the alert changes. */
    Optional<Object> check(String sku, int available) {
        if (!raised && available <= threshold) {
            return Optional.of(new LowStockAlertRaisedEvent(sku, available, threshold));
        }
        if (raised && available > threshold) {
            return Optional.of(new LowStockAlertClearedEvent(sku, available, threshold));
        }
        return Optional.empty();
    }

    @EventSourcingHandler
    void on(LowStockThresholdSetEvent event) {
        threshold = event.threshold();
    }

    @EventSourcingHandler
    void on(LowStockAlertRaisedEvent event) {
        raised = true;
    }

    @EventSourcingHandler
    void on(LowStockAlertClearedEvent event) {
        raised = false;
    }
}
