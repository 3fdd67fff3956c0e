package io.ledgerline.query.refund;

import io.ledgerline.query.EventPositions;
import io.ledgerline.api.refund.RefundApprovedEvent;
import io.ledgerline.api.refund.RefundCompletedEvent;
import io.ledgerline.api.refund.RefundFailedEvent;
import io.ledgerline.api.refund.RefundOpenedEvent;
import io.ledgerline.api.refund.RefundPaymentStartedEvent;
import io.ledgerline.api.refund.RefundRejectedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
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
    void on(RefundOpenedEvent event, TrackingToken token) {
        refunds.insertOpened(event, EventPositions.of(token));
    }

    @EventHandler
    void on(RefundApprovedEvent event, TrackingToken token) {
        refunds.approved(event.refundId(), event.decidedAt(), EventPositions.of(token));
    }

    @EventHandler
    void on(RefundRejectedEvent event, TrackingToken token) {
        refunds.rejected(event.refundId(), event.reason(), event.decidedAt(), EventPositions.of(token));
    }

    @EventHandler
    void on(RefundPaymentStartedEvent event, TrackingToken token) {
        refunds.paymentStarted(event.refundId(), event.attempt(), EventPositions.of(token));
    }

    @EventHandler
    void on(RefundFailedEvent event, TrackingToken token) {
        refunds.failed(event.refundId(), event.reason(), event.attempt(), EventPositions.of(token));
    }

    @EventHandler
    void on(RefundCompletedEvent event, TrackingToken token) {
        refunds.completed(event.refundId(), event.completedAt(), EventPositions.of(token));
    }

    @ResetHandler
    void reset() {
        refunds.deleteAll();
    }
}
