package io.ledgerline.app.aggregates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerline.api.common.CommandRefusedException;
import io.ledgerline.api.inventory.ReceiveStockCommand;
import io.ledgerline.api.inventory.ReserveStockCommand;
import io.ledgerline.api.inventory.StockReceivedEvent;
import io.ledgerline.app.EventStoreReader;
import io.ledgerline.app.LedgerlineIntegrationTest;
import java.util.UUID;
import java.util.function.Consumer;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * D58: the aggregate cache never holds a state that was not committed. A command whose unit of work rolls
 * back, after its aggregate applied an event, leaves no trace in the cache; and a node whose cached aggregate
 * is behind the event store (another node appended) fails on the append, drops the entry and decides afresh
 * when the command is sent again.
 */
class AggregateCacheIntegrationTest extends LedgerlineIntegrationTest {

    @Autowired
    CommandGateway commands;
    @Autowired
    @Qualifier("localSegment")
    SimpleCommandBus commandBus;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    @Qualifier("inventoryItemCache")
    Cache inventoryItemCache;

    String sku;
    EventStoreReader events;

    @BeforeEach
    void tenUnitsInStock() {
        sku = "SKU-CACHE-" + UUID.randomUUID();
        events = new EventStoreReader(jdbc);
        commands.sendAndWait(new ReceiveStockCommand(sku, "WH-A", 10, "Cached lamp"));
        assertThat(inventoryItemCache.containsKey(sku)).as("cached after the command").isTrue();
    }

    @Test
    @DisplayName("D58: a command refused after its aggregate applied an event leaves the cached item as it was")
    void refusalAfterAnAppliedEventDoesNotChangeTheCachedItem() {
        // No handler refuses after applying today; an interceptor makes this one do so once it has run.
        Registration refusing = afterHandling("order-refused", unitOfWork -> {
            throw CommandRefusedException.state("REFUSED_LATE", "refused after the reservation was applied");
        });
        try {
            assertThatThrownBy(() -> commands.sendAndWait(new ReserveStockCommand(sku, "order-refused", 10)))
                    .isInstanceOf(CommandRefusedException.class);
        } finally {
            refusing.cancel();
        }

        assertTheFailedReservationLeftNothing();
    }

    @Test
    @DisplayName("D58: a command whose transaction fails at commit leaves the cached item as it was")
    void commitFailureDoesNotChangeTheCachedItem() {
        // A deferred unique constraint, broken in the command's transaction, makes PostgreSQL refuse the COMMIT
        // itself, after the events were inserted.
        Registration failingCommit = afterHandling("order-uncommitted", unitOfWork -> jdbc.sql("""
                create temporary table commit_fails (id int primary key deferrable initially deferred) on commit drop;
                insert into commit_fails values (1), (1)""").update());
        try {
            assertThatThrownBy(() -> commands.sendAndWait(new ReserveStockCommand(sku, "order-uncommitted", 10)))
                    .hasStackTraceContaining("commit_fails_pkey");
        } finally {
            failingCommit.cancel();
        }

        assertTheFailedReservationLeftNothing();
    }

    @Test
    @DisplayName("D58: an item cached behind the event store (another node appended) fails its append, is evicted, and decides afresh on retry")
    void staleCachedItemIsEvictedByTheConflict() {
        // Another node, sharing the database, receives 5 more: this node's cached item still has 10.
        String correlation = UUID.randomUUID().toString();
        eventStore.publish(new GenericDomainEventMessage<>("InventoryItem", sku, 1,
                new StockReceivedEvent(sku, "WH-A", 5, "Cached lamp", 15, 15),
                MetaData.with("actor", TEST_ACTOR).and("role", "ADMIN").and("correlationId", correlation)
                        .and("causationId", correlation)));
        ReserveStockCommand twelve = new ReserveStockCommand(sku, "order-12", 12);

        // Deciding on its 10, this node would refuse; its event takes sequence 1, which the other node has.
        assertThatThrownBy(() -> commands.sendAndWait(twelve)).isInstanceOf(ConcurrencyException.class);
        assertThat(inventoryItemCache.containsKey(sku)).as("the stale item is evicted").isFalse();
        commands.sendAndWait(twelve);

        assertThat(events.types(sku)).containsExactly("StockReceivedEvent", "StockReceivedEvent", "StockReservedEvent");
        assertThat(events.payloads(sku, "StockReservedEvent").getFirst().get("available").asInt()).isEqualTo(3);
    }

    /** Nothing of the reservation of all 10 units was kept: another order gets them, from the reloaded item. */
    private void assertTheFailedReservationLeftNothing() {
        assertThat(inventoryItemCache.containsKey(sku)).as("the changed item is evicted").isFalse();
        commands.sendAndWait(new ReserveStockCommand(sku, "order-next", 10));
        assertThat(events.types(sku)).containsExactly("StockReceivedEvent", "StockReservedEvent", "LowStockAlertRaisedEvent");
        assertThat(events.payloads(sku, "StockReservedEvent")).singleElement()
                .satisfies(reserved -> assertThat(reserved.get("orderId").asText()).isEqualTo("order-next"));
    }

    /** Runs {@code action} in the unit of work of the reservation for {@code orderId}, once its handler has run. */
    private Registration afterHandling(String orderId, Consumer<UnitOfWork<?>> action) {
        return commandBus.registerHandlerInterceptor((unitOfWork, chain) -> {
            Object result = chain.proceed();
            if (unitOfWork.getMessage().getPayload() instanceof ReserveStockCommand reserve && reserve.orderId().equals(orderId)) {
                action.accept(unitOfWork);
            }
            return result;
        });
    }
}
