package io.ledgerline.query.graphql;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Read-your-writes for mutation payloads: after a command is stored, wait (bounded) until the read model
 * shows the aggregate at its latest sequence number, so an admin screen never shows its own change
 * missing. The bound is {@code ledgerline.api.read-your-writes-timeout} (default 5 s); when it passes,
 * the caller is told instead of being shown a stale view as if it were current.
 */
@Component
class ReadYourWrites {

    private static final Duration POLL = Duration.ofMillis(20);

    private final EventStore eventStore;
    private final JdbcClient jdbc;
    private final ProcessorProgress progress;
    private final Duration timeout;

    ReadYourWrites(EventStore eventStore, JdbcClient jdbc, ProcessorProgress progress,
                   @Value("${ledgerline.api.read-your-writes-timeout:5s}") Duration timeout) {
        this.eventStore = eventStore;
        this.jdbc = jdbc;
        this.progress = progress;
        this.timeout = timeout;
    }

    /** The view once {@code version} reaches the aggregate's last stored sequence number, or the last one seen. */
    <V> Caught<V> await(String aggregateId, Supplier<Optional<V>> read, ToLongFunction<V> version) {
        long target = eventStore.lastSequenceNumberFor(aggregateId).orElse(-1L);
        Instant deadline = Instant.now().plus(timeout);
        Optional<V> view = read.get();
        while (view.map(v -> version.applyAsLong(v) < target).orElse(true)) {
            if (Instant.now().isAfter(deadline)) {
                return new Caught<>(view, true);
            }
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Caught<>(view, true);
            }
            view = read.get();
        }
        return new Caught<>(view, false);
    }

    /** The view once it exists at all: for an aggregate created on the caller's behalf by a saga (a refund). */
    <V> Caught<V> awaitPresent(String aggregateId, Supplier<Optional<V>> read) {
        return await(aggregateId, read, view -> Long.MAX_VALUE);
    }

    /**
     * The view once the processing group {@code processor} has handled the aggregate's last stored event
     * (read models without an aggregate version). Progress is read from this node's processor; a node that
     * does not hold every segment cannot tell, and reports a timeout rather than guess.
     */
    <V> Caught<V> awaitProcessed(String processor, String aggregateId, Supplier<Optional<V>> read) {
        long position = jdbc.sql("select coalesce(max(globalindex), -1) from domainevententry where aggregateidentifier = ?")
                .param(aggregateId).query(Long.class).single();
        Instant deadline = Instant.now().plus(timeout);
        while (!progress.hasProcessed(processor, position)) {
            if (Instant.now().isAfter(deadline)) {
                return new Caught<>(read.get(), true);
            }
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Caught<>(read.get(), true);
            }
        }
        return new Caught<>(read.get(), false);
    }

    Duration timeout() {
        return timeout;
    }

    /** A view and whether waiting for it timed out. */
    record Caught<V>(Optional<V> view, boolean timedOut) {
    }
}
