package io.ledgerline.reporting.sales;

import io.ledgerline.api.refund.RefundCompletedEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;

/**
 * Sequences the sales projection's events by order: an order's own events by their aggregate (the order), and a
 * refund's completion by the order it refunds. So every change to one order's sales facts is handled in event
 * order, in one segment, and the order's position guard holds for its refunds too (D42).
 */
final class SalesSequencingPolicy implements SequencingPolicy<EventMessage<?>> {

    static final SalesSequencingPolicy INSTANCE = new SalesSequencingPolicy();

    private SalesSequencingPolicy() {
    }

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        if (event.getPayload() instanceof RefundCompletedEvent refund) {
            return refund.orderId();
        }
        return event instanceof DomainEventMessage<?> domainEvent ? domainEvent.getAggregateIdentifier() : event.getIdentifier();
    }
}
