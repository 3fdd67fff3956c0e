package io.ledgerline.query.search;

import io.ledgerline.api.projection.ProjectionRebuild;
import io.ledgerline.api.projection.ProjectionRebuildAbandoned;
import io.ledgerline.api.projection.ProjectionRebuildStarted;
import io.ledgerline.api.projection.ProjectionRebuildSwitching;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A rebuild of the order-search projection (AUD-3) fills an index of its own while search keeps reading the
 * live one through the alias; when the rebuild has caught up, the alias moves to the new index in one step.
 */
@Component
class OrderSearchRebuilds {

    private final OrderSearchIndex index;

    OrderSearchRebuilds(OrderSearchIndex index) {
        this.index = index;
    }

    @EventListener
    void on(ProjectionRebuildStarted started) {
        if (ours(started.rebuild())) {
            index.createRebuildTarget(started.rebuild());
        }
    }

    @EventListener
    void on(ProjectionRebuildSwitching switching) {
        if (ours(switching.rebuild())) {
            index.switchTo(switching.rebuild());
        }
    }

    @EventListener
    void on(ProjectionRebuildAbandoned abandoned) {
        if (ours(abandoned.rebuild())) {
            index.dropRebuildTarget(abandoned.rebuild());
        }
    }

    private static boolean ours(ProjectionRebuild rebuild) {
        return OrderSearchProjection.PROCESSING_GROUP.equals(rebuild.processingGroup());
    }
}
