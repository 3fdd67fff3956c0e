package io.ledgerline.query.graphql;

import io.ledgerline.api.order.OrderLinesModifiedEvent;
import io.ledgerline.api.order.OrderPlacedEvent;
import io.ledgerline.query.live.ReadModelChanges;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read-your-writes for mutation payloads: after a command is stored, wait (bounded) until the read model
 * shows the aggregate at its latest sequence number, so an admin screen never shows its own change
 * missing. The bound is {@code ledgerline.api.read-your-writes-timeout} (default 5 s); when it passes,
 * the caller is told instead of being shown a stale view as if it were current.
 *
 * <p>The wait is woken by the read model itself ({@link ReadModelChanges}) as soon as it has committed a change of
 * the aggregate; it reads again every second only in case another node projected the change (a read per waiting request and second: under load, hundreds of requests wait at once).
 */
@Component
class ReadYourWrites {

    private static final Duration RECHECK = Duration.ofSeconds(1);
    /** The events after which the fulfilment saga decides an order's stock (ORD-3, ORD-4). */
    private static final Set<String> AWAITING_STOCK = Set.of(OrderPlacedEvent.class.getName(),
            OrderLinesModifiedEvent.class.getName());

    private final JdbcClient jdbc;
    private final ProcessorProgress progress;
    private final ReadModelChanges changes;
    private final Duration timeout;

    ReadYourWrites(JdbcClient jdbc, ProcessorProgress progress, ReadModelChanges changes,
                   @Value("${ledgerline.api.read-your-writes-timeout:5s}") Duration timeout) {
        this.jdbc = jdbc;
        this.progress = progress;
        this.changes = changes;
        this.timeout = timeout;
    }

    /** The view once {@code version} reaches the aggregate's last stored sequence number, or the last one seen. */
    <V> Caught<V> await(String aggregateId, Supplier<Optional<V>> read, ToLongFunction<V> version) {
        long target = lastEvent(aggregateId).map(LastEvent::sequence).orElse(-1L);
        return awaitVersion(aggregateId, read, version, target);
    }

    /**
     * The order's view once its stock is decided (ORD-3): placed or changed lines are answered only after the
     * fulfilment saga reserved them (the order can be paid at once) or rejected the order OUT_OF_STOCK, that is
     * once the view shows the event that follows the placement or the change.
     */
    <V> Caught<V> awaitStockDecision(String orderId, Supplier<Optional<V>> read, ToLongFunction<V> version) {
        long target = lastEvent(orderId)
                .map(last -> AWAITING_STOCK.contains(last.type()) ? last.sequence() + 1 : last.sequence())
                .orElse(-1L);
        Caught<V> decided = awaitVersion(orderId, read, version, target);
        // The decision may be several events (cash on delivery is ready for fulfilment at once): show them all.
        return decided.timedOut() ? decided : await(orderId, read, version);
    }

    /** The view once it exists at all: for an aggregate created on the caller's behalf by a saga (a refund). */
    <V> Caught<V> awaitPresent(String aggregateId, Supplier<Optional<V>> read) {
        return awaitVersion(aggregateId, read, view -> Long.MAX_VALUE, Long.MIN_VALUE);
    }

    /**
     * The view once the processing group {@code processor} has handled the aggregate's last stored event
     * (read models without an aggregate version). Progress is read from this node's processor; a node that
     * does not hold every segment cannot tell, and reports a timeout rather than guess.
     */
    <V> Caught<V> awaitProcessed(String processor, String aggregateId, Supplier<Optional<V>> read) {
        long position = jdbc.sql("select coalesce(max(globalindex), -1) from domainevententry where aggregateidentifier = ?")
                .param(aggregateId).query(Long.class).single();
        boolean processed = awaitUntil(aggregateId, () -> progress.hasProcessed(processor, position), Boolean::booleanValue);
        return new Caught<>(read.get(), !processed);
    }

    Duration timeout() {
        return timeout;
    }

    private <V> Caught<V> awaitVersion(String aggregateId, Supplier<Optional<V>> read, ToLongFunction<V> version,
                                       long target) {
        Predicate<Optional<V>> reached = view -> view.map(v -> version.applyAsLong(v) >= target).orElse(false);
        Optional<V> view = awaitUntil(aggregateId, read, reached);
        return new Caught<>(view, !reached.test(view));
    }

    /**
     * The last of what {@code read} answered, read again whenever the aggregate's read model changes until
     * {@code reached} holds for it or the timeout passes.
     */
    private <T> T awaitUntil(String aggregateId, Supplier<T> read, Predicate<T> reached) {
        Instant deadline = Instant.now().plus(timeout);
        try (ReadModelChanges.Watch watch = changes.watch(aggregateId)) {
            T value = read.get();
            while (!reached.test(value)) {
                Duration left = Duration.between(Instant.now(), deadline);
                if (left.isNegative() || left.isZero()) {
                    return value;
                }
                try {
                    watch.await(left.compareTo(RECHECK) < 0 ? left : RECHECK);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return value;
                }
                value = read.get();
            }
            return value;
        }
    }

    private Optional<LastEvent> lastEvent(String aggregateId) {
        return jdbc.sql("""
                        select sequencenumber, payloadtype from domainevententry where aggregateidentifier = ?
                        order by sequencenumber desc limit 1""")
                .param(aggregateId)
                .query((row, n) -> new LastEvent(row.getLong(1), row.getString(2)))
                .optional();
    }

    /** A view and whether waiting for it timed out. */
    record Caught<V>(Optional<V> view, boolean timedOut) {
    }

    private record LastEvent(long sequence, String type) {
    }
}
