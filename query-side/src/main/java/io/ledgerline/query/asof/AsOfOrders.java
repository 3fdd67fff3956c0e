package io.ledgerline.query.asof;

import io.ledgerline.api.refund.RefundView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * AUD-4: orders read as of an instant, folded from the event store rather than from the read model. An
 * aggregate's state at {@code at} is the fold of the longest prefix of its stream whose events were stored at
 * or before {@code at}: the stream is read in sequence order (in batches, never whole) and stops at the first
 * later event, so a state is always one the aggregate really had. Events are read through Axon's event store,
 * so old revisions arrive upcast like everywhere else.
 */
@Component
public class AsOfOrders {

    private final EventStore eventStore;

    public AsOfOrders(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** The order as it was at {@code at}; empty if it did not exist yet then (or {@code orderId} is no order). */
    public Optional<OrderAsOf> find(String orderId, Instant at) {
        OrderFold fold = new OrderFold();
        replay(orderId, at, fold::apply);
        return fold.order().map(order -> {
            List<RefundView> refunds = new ArrayList<>();
            Map<String, Long> versions = new HashMap<>();
            for (String refundId : fold.refundIds()) {
                RefundFold refund = new RefundFold();
                replay(refundId, at, (event, sequence, timestamp) -> refund.apply(event, sequence));
                refund.refund().ifPresent(view -> {
                    refunds.add(view);
                    versions.put(view.id(), refund.version());
                });
            }
            refunds.sort(Comparator.comparing(RefundView::requestedAt).thenComparing(RefundView::id));
            return new OrderAsOf(at, order, fold.shipment(), fold.exceptions(), List.copyOf(refunds), Map.copyOf(versions));
        });
    }

    private void replay(String aggregateId, Instant at, Sink sink) {
        DomainEventStream stream = eventStore.readEvents(aggregateId, 0);
        while (stream.hasNext() && !stream.peek().getTimestamp().isAfter(at)) {
            DomainEventMessage<?> event = stream.next();
            sink.apply(event.getPayload(), event.getSequenceNumber(), event.getTimestamp());
        }
    }

    @FunctionalInterface
    private interface Sink {
        void apply(Object payload, long sequence, Instant timestamp);
    }
}
