package io.ledgerline.app.benchmark;

import io.ledgerline.api.order.OrderRejectedEvent;
import io.ledgerline.api.order.OrderStockReservedEvent;
import java.util.Collections;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Follows the event store from a position, as a processor would, and tells when the fulfilment saga has decided a
 * number of orders (each confirmed with its stock reserved, or rejected): the global index of the last of those
 * decisions, which the read models must then reach for every order to be visible. Started before the orders are
 * placed, it keeps pace with them instead of reading a backlog at the end.
 */
final class Settlement {

    /** Where the decisions of the run's orders end, and how many were rejections. */
    record Decided(long lastPosition, long decidedAtNanos, int rejected) {
    }

    private Settlement() {
    }

    static CompletableFuture<Decided> follow(EventStore store, long after, int orders) {
        CompletableFuture<Decided> decided = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("benchmark-settlement").start(() -> {
            TrackingToken start = GapAwareTrackingToken.newInstance(after, Collections.emptySet());
            int confirmed = 0;
            int rejected = 0;
            long last = after;
            try (BlockingStream<TrackedEventMessage<?>> stream = store.openStream(start)) {
                while (confirmed + rejected < orders && !decided.isDone()) {
                    if (!stream.hasNextAvailable(1, TimeUnit.SECONDS)) {
                        continue;
                    }
                    TrackedEventMessage<?> event = stream.nextAvailable();
                    Class<?> type = event.getPayloadType();
                    if (type == OrderStockReservedEvent.class || type == OrderRejectedEvent.class) {
                        confirmed += type == OrderStockReservedEvent.class ? 1 : 0;
                        rejected += type == OrderRejectedEvent.class ? 1 : 0;
                        last = Math.max(last, event.trackingToken().position().orElse(last));
                    }
                }
                decided.complete(new Decided(last, System.nanoTime(), rejected));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                decided.completeExceptionally(e);
            } catch (RuntimeException e) {
                decided.completeExceptionally(e);
            }
        });
        return decided;
    }
}
