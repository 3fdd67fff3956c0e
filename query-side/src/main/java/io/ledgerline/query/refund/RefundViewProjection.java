package io.ledgerline.query.refund;

import io.ledgerline.api.projection.EventPosition;
import io.ledgerline.api.refund.RefundApprovedEvent;
import io.ledgerline.api.refund.RefundCompletedEvent;
import io.ledgerline.api.refund.RefundFailedEvent;
import io.ledgerline.api.refund.RefundOpenedEvent;
import io.ledgerline.api.refund.RefundPaymentStartedEvent;
import io.ledgerline.api.refund.RefundRejectedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

/**
 * Builds the refund read model in PostgreSQL (REF-3, REF-4): one row per refund, following its status.
 * Each write is guarded by the event's global position, so replays and retries are harmless.
 */
@Component
@ProcessingGroup(RefundViewProjection.PROCESSING_GROUP)
class RefundViewProjection {

    static final String PROCESSING_GROUP = "refund-view";

    private final RefundViewRepository refunds;

    RefundViewProjection(RefundViewRepository refunds) {
        this.refunds = refunds;
    }

    @EventHandler
    void on(RefundOpenedEvent event, @EventPosition long position) {
        refunds.insertOpened(event, position);
    }

    @EventHandler
    void on(RefundApprovedEvent event, @EventPosition long position) {
        refunds.approved(event.refundId(), event.decidedAt(), position);
    }

    @EventHandler
    void on(RefundRejectedEvent event, @EventPosition long position) {
        refunds.rejected(event.refundId(), event.reason(), event.decidedAt(), position);
    }

    @EventHandler
    void on(RefundPaymentStartedEvent event, @EventPosition long position) {
        refunds.paymentStarted(event.refundId(), event.attempt(), position);
    }

    @EventHandler
    void on(RefundFailedEvent event, @EventPosition long position) {
        refunds.failed(event.refundId(), event.reason(), event.attempt(), position);
    }

    @EventHandler
    void on(RefundCompletedEvent event, @EventPosition long position) {
        refunds.completed(event.refundId(), event.completedAt(), position);
    }

    @ResetHandler
    void reset() {
        refunds.deleteAll();
    }
}
