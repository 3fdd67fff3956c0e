package io.ledgerline.query.search;

import io.ledgerline.api.projection.EventPosition;
import io.ledgerline.api.order.OrderCancelledEvent;
import io.ledgerline.api.order.OrderCompletedEvent;
import io.ledgerline.api.order.OrderDeliveredEvent;
import io.ledgerline.api.order.OrderHeldForReviewEvent;
import io.ledgerline.api.order.OrderLinesModifiedEvent;
import io.ledgerline.api.order.OrderPlacedEvent;
import io.ledgerline.api.order.OrderReadyForFulfilmentEvent;
import io.ledgerline.api.order.OrderRejectedEvent;
import io.ledgerline.api.order.OrderShippedEvent;
import io.ledgerline.api.order.OrderStatus;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

/**
 * Feeds the {@code orders} search index with every order event that changes what is searched or filtered:
 * placement, changed lines and each change of status. Its own processing group, so a slow Elasticsearch
 * never holds back the PostgreSQL read models. Delivery is at least once; each document carries the global
 * position of the last event folded into it, as its external version, so a repeated or older event never
 * takes a document back in time. The writes of a batch go out in one bulk request ({@link OrderDocumentBatch}).
 * Events that change nothing searched (payments recorded, tracking, refunds, logistics exceptions) are
 * not followed; the index is eventually consistent with the order read model.
 */
@Component
@ProcessingGroup(OrderSearchProjection.PROCESSING_GROUP)
class OrderSearchProjection {

    static final String PROCESSING_GROUP = "order-search";

    private final OrderDocumentBatch batch;
    private final OrderSearchIndex index;

    OrderSearchProjection(OrderDocumentBatch batch, OrderSearchIndex index) {
        this.batch = batch;
        this.index = index;
    }

    @EventHandler
    void on(OrderPlacedEvent event, @EventPosition long position) {
        batch.put(OrderDocument.placed(event, position));
    }

    @EventHandler
    void on(OrderLinesModifiedEvent event, @EventPosition long position, @Timestamp Instant at) {
        batch.change(event.orderId(), position, order -> order.withLines(event.lines(), event.total(), at, position));
    }

    @EventHandler
    void on(OrderReadyForFulfilmentEvent event, @EventPosition long position, @Timestamp Instant at) {
        status(event.orderId(), OrderStatus.PAID, position, at);
    }

    @EventHandler
    void on(OrderHeldForReviewEvent event, @EventPosition long position, @Timestamp Instant at) {
        status(event.orderId(), OrderStatus.AWAITING_REVIEW, position, at);
    }

    @EventHandler
    void on(OrderRejectedEvent event, @EventPosition long position, @Timestamp Instant at) {
        status(event.orderId(), OrderStatus.REJECTED, position, at);
    }

    @EventHandler
    void on(OrderCancelledEvent event, @EventPosition long position, @Timestamp Instant at) {
        status(event.orderId(), OrderStatus.CANCELLED, position, at);
    }

    @EventHandler
    void on(OrderShippedEvent event, @EventPosition long position, @Timestamp Instant at) {
        status(event.orderId(), OrderStatus.SHIPPED, position, at);
    }

    @EventHandler
    void on(OrderDeliveredEvent event, @EventPosition long position, @Timestamp Instant at) {
        status(event.orderId(), OrderStatus.DELIVERED, position, at);
    }

    @EventHandler
    void on(OrderCompletedEvent event, @EventPosition long position, @Timestamp Instant at) {
        status(event.orderId(), OrderStatus.COMPLETED, position, at);
    }

    /**
     * A reset of this processor (Axon's in-place replay) starts from an empty index. Keeping the old documents
     * would not do: each carries the position of its last event as its external version, so Elasticsearch would
     * refuse every replayed (lower) version and the replay would change nothing. Search is empty until the
     * replay catches up, which is why operators rebuild instead (AUD-3, {@link OrderSearchRebuilds}): a new
     * index filled beside the live one. A reset must replay from the start of the event store: a reset to a
     * later position would leave the orders placed before it out of the index.
     */
    @ResetHandler
    void reset() {
        index.recreate();
    }

    private void status(String orderId, OrderStatus status, long position, Instant at) {
        batch.change(orderId, position, order -> order.withStatus(status, at, position));
    }
}
