package io.ledgerline.app.projections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ledgerline.api.inventory.StockReceivedEvent;
import io.ledgerline.app.LedgerlineIntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The position a projection records for an event does not depend on when the event was delivered. */
class EventPositionIntegrationTest extends LedgerlineIntegrationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;
    @LocalServerPort
    int port;

    @Test
    @DisplayName("AUD-3: an event committed after a later-numbered one is recorded at its own global index, live and rebuilt alike")
    void anEventCommittedLateKeepsItsOwnPosition() throws Exception {
        String late = "SKU-LATE-" + UUID.randomUUID().toString().substring(0, 8);
        String early = "SKU-EARLY-" + UUID.randomUUID().toString().substring(0, 8);
        CountDownLatch appended = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        // Two appends as concurrent commands make them: the first takes its global index and holds its transaction
        // open, the second commits before it.
        CompletableFuture<Void> lateAppend = CompletableFuture.runAsync(() -> new TransactionTemplate(transactionManager)
                .executeWithoutResult(status -> {
                    eventStore.publish(received(late));
                    appended.countDown();
                    try {
                        commit.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
        assertThat(appended.await(30, TimeUnit.SECONDS)).isTrue();
        eventStore.publish(received(early));
        await().atMost(TIMEOUT).until(() -> recordedPosition(early).isPresent());
        commit.countDown();
        lateAppend.get(30, TimeUnit.SECONDS);
        await().atMost(TIMEOUT).until(() -> recordedPosition(late).isPresent());

        long lateIndex = globalIndex(late);
        assertThat(lateIndex).isLessThan(globalIndex(early));
        assertThat(recordedPosition(late)).contains(lateIndex);

        ProjectionsClient projections = new ProjectionsClient(port);
        assertThat(projections.rebuild("inventory-view").get("errors")).asList().isEmpty();
        await().atMost(TIMEOUT).until(() -> String.valueOf(projections.of("inventory-view").get("lastRebuild")).startsWith("COMPLETED")
                && "RUNNING".equals(projections.of("inventory-view").get("status")));
        assertThat(recordedPosition(late)).contains(lateIndex);
    }

    /** Stock received for a new item, with the audit metadata every stored event carries (SEC-1). */
    private static GenericDomainEventMessage<StockReceivedEvent> received(String sku) {
        String correlation = UUID.randomUUID().toString();
        return new GenericDomainEventMessage<>("InventoryItem", sku, 0, new StockReceivedEvent(sku, "WH-EAST", 5, "Late lamp", 5, 5),
                MetaData.with("actor", "event-position-test").and("role", "ADMIN").and("correlationId", correlation)
                        .and("causationId", correlation));
    }

    private Optional<Long> recordedPosition(String sku) {
        List<Long> positions = jdbc.sql("select last_event_position from inventory_item_view where sku = ?").param(sku)
                .query(Long.class).list();
        return positions.stream().findFirst();
    }

    private long globalIndex(String sku) {
        return jdbc.sql("select globalindex from domainevententry where aggregateidentifier = ?").param(sku).query(Long.class).single();
    }
}
