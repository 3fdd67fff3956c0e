package io.ledgerline.app.aggregates;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.axonframework.common.caching.Cache;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.Aggregate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Aggregates as the command side loads them (its repository: the cache, else the latest snapshot and the
 * events after it), and their snapshots in the event store, for the aggregate tests.
 */
final class StoredAggregates {

    static final String INVENTORY_ITEM = "io.ledgerline.command.inventory.InventoryItem";
    static final String ORDER = "io.ledgerline.command.order.Order";

    private final Configuration axon;
    private final EventStore eventStore;
    private final JdbcClient jdbc;

    StoredAggregates(Configuration axon, EventStore eventStore, JdbcClient jdbc) {
        this.axon = axon;
        this.eventStore = eventStore;
        this.jdbc = jdbc;
    }

    /** The aggregate's root object, loaded by its repository in a unit of work of its own. */
    Object load(String type, String id) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        try {
            Aggregate<?> aggregate = axon.repository(aggregateClass(type)).load(id);
            Object root = aggregate.invoke(it -> it);
            unitOfWork.commit();
            return root;
        } catch (RuntimeException e) {
            unitOfWork.rollback(e);
            throw e;
        }
    }

    /** The aggregate loaded afresh, as after a restart: not from the cache. */
    Object loadUncached(String type, String id, Cache cache) {
        cache.remove(id);
        return load(type, id);
    }

    /** What loading the aggregate reads from the event store: its latest snapshot, if any, then the later events. */
    List<? extends DomainEventMessage<?>> read(String id) {
        return eventStore.readEvents(id).asStream().toList();
    }

    /** Waits for a snapshot of the aggregate at or after {@code sequence}; answers its sequence number. */
    long awaitSnapshot(String id, long sequence) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> snapshotSequence(id), s -> s >= sequence);
    }

    /** The sequence number of the aggregate's latest snapshot, -1 if it has none. */
    long snapshotSequence(String id) {
        return jdbc.sql("select coalesce(max(sequencenumber), -1) from snapshotevententry where aggregateidentifier = ?")
                .param(id).query(Long.class).single();
    }

    long lastSequence(String id) {
        return jdbc.sql("select max(sequencenumber) from domainevententry where aggregateidentifier = ?")
                .param(id).query(Long.class).single();
    }

    /** Forgets the aggregate's snapshots, so that its next uncached load replays every event. */
    void dropSnapshots(String id) {
        jdbc.sql("delete from snapshotevententry where aggregateidentifier = ?").param(id).update();
    }

    static Class<?> aggregateClass(String type) {
        try {
            return Class.forName(type);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException(type, e);
        }
    }
}
