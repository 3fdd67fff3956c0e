package io.ledgerline.query.search;

import io.ledgerline.api.projection.ProjectionRebuild;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * The documents changed by the batch of events being processed, written to the index in one bulk request
 * when the batch's unit of work commits (after the processor's token is stored in the same transaction,
 * so a failed write leaves the token where it was and Axon retries the batch, and a node that lost its
 * claim on the segment writes nothing).
 * <p>
 * While the batch runs, its changed documents wait in a map kept on the unit of work: a later event of the
 * same order changes the waiting document rather than the index's older copy, and an order changed by
 * several events of a batch is written once, with the position of its last event as version.
 * <p>
 * A batch of a rebuild processor (its events carry a {@link ProjectionRebuild} as replay context) reads and
 * writes the rebuild's own index instead of the alias (AUD-3).
 */
@Component
class OrderDocumentBatch {

    private static final String PENDING = OrderDocumentBatch.class.getName() + ".pending";

    private final OrderSearchIndex index;

    OrderDocumentBatch(OrderSearchIndex index) {
        this.index = index;
    }

    /**
     * A new document (an order was placed). If the batch already holds this or a later event of the order,
     * this event is a repeat: ignored. If only the index does, the write is refused there (409) at the flush.
     */
    void put(OrderDocument document) {
        Map<String, OrderDocument> waiting = pending().documents();
        OrderDocument current = waiting.get(document.orderId());
        if (current == null || current.position() < document.position()) {
            waiting.put(document.orderId(), document);
        }
    }

    /**
     * Applies the event at {@code position} to the order's current document (waiting in this batch, else as
     * the index holds it now), unless that document already includes this event or a later one.
     *
     * @throws IllegalStateException if the index has no document for the order: its placement was never
     *         indexed, which only a lost index or an earlier dead-lettered event explains; the event goes to
     *         the dead-letter queue behind it, rather than leaving the order out of search silently
     */
    void change(String orderId, long position, UnaryOperator<OrderDocument> change) {
        Pending pending = pending();
        OrderDocument current = pending.documents().get(orderId);
        if (current == null) {
            current = index.find(orderId, pending.target()).orElseThrow(() -> new IllegalStateException(
                    "the search index has no order " + orderId + " to apply the event at position " + position
                            + " to; rebuild the order-search projection"));
        }
        if (current.position() >= position) {
            return; // a repeated or replayed event: the document already includes it
        }
        pending.documents().put(orderId, change.apply(current));
    }

    /** This unit of work's target and waiting documents; the first use registers their flush at its commit. */
    private Pending pending() {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        return unitOfWork.getOrComputeResource(PENDING, key -> {
            Pending pending = new Pending(index.writeTarget(rebuildOf(CurrentUnitOfWork.get().getMessage())),
                    new LinkedHashMap<>());
            unitOfWork.onPrepareCommit(committing -> index.writeAll(pending.documents().values(), pending.target()));
            return pending;
        });
    }

    private static ProjectionRebuild rebuildOf(Message<?> message) {
        return message instanceof EventMessage<?> event
                ? ReplayToken.replayContext(event, ProjectionRebuild.class).orElse(null) : null;
    }

    private record Pending(String target, Map<String, OrderDocument> documents) {
    }
}
