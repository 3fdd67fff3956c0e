package io.ledgerline.query.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * The documents changed by the batch of events being processed, written to the index in one bulk request
 * when the batch's unit of work commits (before the processor's token is stored in the same transaction,
 * so a failed write leaves the token where it was and Axon retries the batch).
 * <p>
 * While the batch runs, its changed documents wait in a map kept on the unit of work: a later event of the
 * same order changes the waiting document rather than the index's older copy, and an order changed by
 * several events of a batch is written once, with the position of its last event as version.
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
        Map<String, OrderDocument> pending = pending();
        OrderDocument waiting = pending.get(document.orderId());
        if (waiting == null || waiting.position() < document.position()) {
            pending.put(document.orderId(), document);
        }
    }

    /**
     * Applies the event at {@code position} to the order's current document (waiting in this batch, else as
     * the index holds it now), unless that document already includes this event or a later one.
     *
     * @throws IllegalStateException if the index has no document for the order: its placement was never
     *         indexed, which only a lost index explains; the processor stops and reports it, as for any
     *         failing projection, rather than leaving the order out of search silently
     */
    void change(String orderId, long position, UnaryOperator<OrderDocument> change) {
        Map<String, OrderDocument> pending = pending();
        OrderDocument current = pending.get(orderId);
        if (current == null) {
            current = index.find(orderId).orElseThrow(() -> new IllegalStateException("the search index has no order "
                    + orderId + " to apply the event at position " + position + " to; rebuild the order-search projection"));
        }
        if (current.position() >= position) {
            return; // a repeated or replayed event: the document already includes it
        }
        pending.put(orderId, change.apply(current));
    }

    /** This unit of work's waiting documents; the first use registers their flush at its commit. */
    private Map<String, OrderDocument> pending() {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        return unitOfWork.getOrComputeResource(PENDING, key -> {
            Map<String, OrderDocument> documents = new LinkedHashMap<>();
            unitOfWork.onPrepareCommit(committing -> index.writeAll(documents.values()));
            return documents;
        });
    }
}
