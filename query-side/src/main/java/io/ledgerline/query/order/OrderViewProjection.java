package io.ledgerline.query.order;

import io.ledgerline.api.projection.EventPosition;
import io.ledgerline.api.order.LogisticsExceptionEscalatedEvent;
import io.ledgerline.api.order.LogisticsExceptionReportedEvent;
import io.ledgerline.api.order.LogisticsExceptionResolvedEvent;
import io.ledgerline.api.order.OrderApprovedEvent;
import io.ledgerline.api.order.OrderCancelledEvent;
import io.ledgerline.api.order.OrderCompletedEvent;
import io.ledgerline.api.order.OrderDeliveredEvent;
import io.ledgerline.api.order.OrderHeldForReviewEvent;
import io.ledgerline.api.order.OrderLinesModifiedEvent;
import io.ledgerline.api.order.OrderPlacedEvent;
import io.ledgerline.api.order.OrderReadyForFulfilmentEvent;
import io.ledgerline.api.order.OrderRefundedEvent;
import io.ledgerline.api.order.OrderRejectedEvent;
import io.ledgerline.api.order.OrderShippedEvent;
import io.ledgerline.api.order.OrderStatus;
import io.ledgerline.api.order.OrderStockReservedEvent;
import io.ledgerline.api.order.PaymentAmountMismatchEvent;
import io.ledgerline.api.order.PaymentFailedEvent;
import io.ledgerline.api.order.PaymentRecordedEvent;
import io.ledgerline.api.order.RefundAllocationReleasedEvent;
import io.ledgerline.api.order.RefundRequestedEvent;
import io.ledgerline.api.order.TrackingEventRecordedEvent;
import java.time.Instant;
import java.util.Map;
import io.ledgerline.query.live.OrderUpdates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.interceptors.MessageHandlerInterceptor;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Builds the order read model in PostgreSQL. Its writes share a transaction with the processor's token,
 * and each is guarded by the event's global position, so replays and retries are harmless.
 *
 * <p>It handles every event of the Order aggregate: those that change nothing else still move the order's
 * {@code updatedAt} (the event's time) and {@code version} (its sequence number), so both always name the
 * order's latest event. The order row is advanced first; when it already holds the event, nothing else is
 * written, and the child rows' keys make even a repeated child write harmless.
 */
@Component
@ProcessingGroup(OrderViewProjection.PROCESSING_GROUP)
class OrderViewProjection {

    static final String PROCESSING_GROUP = "order-view";

    private final OrderViewRepository orders;
    private final ShipmentViewRepository shipments;
    private final LogisticsExceptionViewRepository exceptions;
    private final OrderUpdates updates;

    OrderViewProjection(OrderViewRepository orders, ShipmentViewRepository shipments,
                        LogisticsExceptionViewRepository exceptions, OrderUpdates updates) {
        this.updates = updates;
        this.orders = orders;
        this.shipments = shipments;
        this.exceptions = exceptions;
    }

    @EventHandler
    void on(OrderPlacedEvent event, @SequenceNumber long version, @Timestamp Instant at, @EventPosition long position) {
        orders.insertPlaced(event, version, at, position);
    }

    /** ORD-4: new lines, total and allowance left. */
    @EventHandler
    void on(OrderLinesModifiedEvent event, @SequenceNumber long version, @Timestamp Instant at, @EventPosition long position) {
        if (orders.advance(event.orderId(), "total = :total, modifications_left = :left",
                Map.of("total", event.total().amount(), "left", event.modificationsLeft()), version, at,
                position)) {
            orders.replaceLines(event.orderId(), event.lines());
        }
    }

    /** ORD-3: reserved stock does not change the status; the order stays PENDING_PAYMENT. */
    @EventHandler
    void on(OrderStockReservedEvent event, @SequenceNumber long version, @Timestamp Instant at, @EventPosition long position) {
        orders.advance(event.orderId(), version, at, position);
    }

    @EventHandler
    void on(OrderReadyForFulfilmentEvent event, @SequenceNumber long version, @Timestamp Instant at, @EventPosition long position) {
        orders.advanceStatus(event.orderId(), OrderStatus.PAID, version, at, position);
    }

    @EventHandler
    void on(OrderHeldForReviewEvent event, @SequenceNumber long version, @Timestamp Instant at, @EventPosition long position) {
        orders.advanceStatus(event.orderId(), OrderStatus.AWAITING_REVIEW, version, at, position);
    }

    /** ORD-7: the status follows with the OrderReadyForFulfilmentEvent recorded right after. */
    @EventHandler
    void on(OrderApprovedEvent event, @SequenceNumber long version, @Timestamp Instant at, @EventPosition long position) {
        orders.advance(event.orderId(), version, at, position);
    }

    @EventHandler
    void on(OrderRejectedEvent event, @SequenceNumber long version, @Timestamp Instant at, @EventPosition long position) {
        orders.advanceStatus(event.orderId(), OrderStatus.REJECTED, version, at, position);
    }

    @EventHandler
    void on(OrderCancelledEvent event, @SequenceNumber long version, @Timestamp Instant at, @EventPosition long position) {
        orders.advanceStatus(event.orderId(), OrderStatus.CANCELLED, version, at, position);
    }

    /** ORD-5: the status changes with the event that follows (ready for fulfilment, or held for review). */
    @EventHandler
    void on(PaymentRecordedEvent event, @SequenceNumber long version, @Timestamp Instant at, @EventPosition long position) {
        orders.advance(event.orderId(), "amount_paid = amount_paid + :amount", Map.of("amount", event.amount().amount()),
                version, at, position);
    }

    @EventHandler
    void on(PaymentAmountMismatchEvent event, @SequenceNumber long version, @Timestamp Instant at, @EventPosition long position) {
        orders.advance(event.orderId(), version, at, position);
    }

    @EventHandler
    void on(PaymentFailedEvent event, @SequenceNumber long version, @Timestamp Instant at, @EventPosition long position) {
        orders.advance(event.orderId(), version, at, position);
    }

    /** ORD-9. */
    @EventHandler
    void on(OrderShippedEvent event, @SequenceNumber long version, @Timestamp Instant at, @EventPosition long position) {
        if (orders.advanceStatus(event.orderId(), OrderStatus.SHIPPED, version, at, position)) {
            shipments.insertShipment(event);
        }
    }

    /** ORD-10. */
    @EventHandler
    void on(TrackingEventRecordedEvent event, @SequenceNumber long version, @Timestamp Instant at, @EventPosition long position) {
        if (orders.advance(event.orderId(), version, at, position)) {
            shipments.insertTrackingEvent(event, version);
        }
    }

    @EventHandler
    void on(OrderDeliveredEvent event, @SequenceNumber long version, @Timestamp Instant at, @EventPosition long position) {
        orders.advanceStatus(event.orderId(), OrderStatus.DELIVERED, version, at, position);
    }

    /** ORD-11. */
    @EventHandler
    void on(OrderCompletedEvent event, @SequenceNumber long version, @Timestamp Instant at, @EventPosition long position) {
        orders.advanceStatus(event.orderId(), OrderStatus.COMPLETED, version, at, position);
    }

    /** ORD-12. */
    @EventHandler
    void on(LogisticsExceptionReportedEvent event, @SequenceNumber long version, @Timestamp Instant at, @EventPosition long position) {
        if (orders.advance(event.orderId(), version, at, position)) {
            exceptions.insertReported(event, position);
        }
    }

    /** ORD-12. */
    @EventHandler
    void on(LogisticsExceptionResolvedEvent event, @SequenceNumber long version, @Timestamp Instant at, @EventPosition long position) {
        if (orders.advance(event.orderId(), version, at, position)) {
            exceptions.markResolved(event, position);
        }
    }

    /** ORD-12. */
    @EventHandler
    void on(LogisticsExceptionEscalatedEvent event, @SequenceNumber long version, @Timestamp Instant at, @EventPosition long position) {
        if (orders.advance(event.orderId(), version, at, position)) {
            exceptions.markEscalated(event, position);
        }
    }

    /** REF-1: a requested refund is not money back yet; the refund read model shows it. */
    @EventHandler
    void on(RefundRequestedEvent event, @SequenceNumber long version, @Timestamp Instant at, @EventPosition long position) {
        orders.advance(event.orderId(), version, at, position);
    }

    @EventHandler
    void on(RefundAllocationReleasedEvent event, @SequenceNumber long version, @Timestamp Instant at, @EventPosition long position) {
        orders.advance(event.orderId(), version, at, position);
    }

    /** REF-4: the event carries the running total, so the row takes it as is. */
    @EventHandler
    void on(OrderRefundedEvent event, @SequenceNumber long version, @Timestamp Instant at, @EventPosition long position) {
        orders.advance(event.orderId(), "amount_refunded = :refunded", Map.of("refunded", event.totalRefunded().amount()),
                version, at, position);
    }

    /**
     * After each order event is applied, the changed order goes to {@code orderUpdated} subscribers (Axon
     * delivers it once this transaction commits). A rebuild replays the past and notifies nobody, and with no
     * subscriber the order is not read back at all (two queries an event saved).
     */
    @MessageHandlerInterceptor(messageType = EventMessage.class)
    Object publishChange(EventMessage<?> event, InterceptorChain chain) throws Exception {
        Object result = chain.proceed();
        if (event instanceof DomainEventMessage<?> change && !ReplayToken.isReplay(event) && updates.watched()) {
            orders.findById(change.getAggregateIdentifier()).ifPresent(updates::publish);
        }
        return result;
    }

    @ResetHandler
    void reset() {
        orders.deleteAll();
    }
}
