package io.ledgerline.app.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ledgerline.api.common.Money;
import io.ledgerline.api.order.FindOrderQuery;
import io.ledgerline.api.order.OrderReadyForFulfilmentEvent;
import io.ledgerline.api.order.OrderStatus;
import io.ledgerline.api.order.OrderView;
import io.ledgerline.api.order.PaymentMethod;
import io.ledgerline.api.order.PaymentRecordedEvent;
import io.ledgerline.api.order.PlaceOrderCommand;
import io.ledgerline.app.LedgerlineIntegrationTest;
import io.ledgerline.app.OrderJourneys;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two events of one transaction that commits after a later transaction was already read arrive together,
 * filling gaps in the processor's token, and so with the same token position. The read model must apply
 * both: its guard compares the events' own global indexes (D39), where token positions alone once made it
 * skip the second (the simulator's concurrency found it).
 */
class GapFillingEventsTest extends LedgerlineIntegrationTest {

    @Autowired
    CommandGateway commands;
    @Autowired
    QueryGateway queries;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EventStorageEngine storage;
    @Autowired
    EventStore eventStore;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    EventProcessingConfiguration processing;

    @Test
    @DisplayName("ORD-5: a payment whose two events commit behind a later event still makes the order view PAID")
    void bothEventsOfALateTransactionAreApplied() throws Exception {
        PlaceOrderCommand order = new OrderJourneys(commands, jdbc).confirmedTeaSet();
        long sequence = eventStore.lastSequenceNumberFor(order.orderId()).orElseThrow();
        Money total = Money.of("188.70");
        Instant now = Instant.now();

        CountDownLatch appended = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        CompletableFuture<Void> payment = CompletableFuture.runAsync(() -> new TransactionTemplate(transactionManager)
                .executeWithoutResult(status -> {
                    storage.appendEvents(List.of(
                            event(order.orderId(), sequence + 1, new PaymentRecordedEvent(order.orderId(),
                                    PaymentMethod.ONLINE, total, "TX-" + UUID.randomUUID(), now)),
                            event(order.orderId(), sequence + 2, new OrderReadyForFulfilmentEvent(order.orderId(), "PAID"))));
                    appended.countDown();
                    awaitLatch(commit);
                }));
        awaitLatch(appended);
        storage.appendEvents(List.of(event("gap-test-" + UUID.randomUUID(), 0, "committed first")));
        long later = jdbc.sql("select max(globalindex) from domainevententry").query(Long.class).single();
        await().atMost(Duration.ofSeconds(30)).until(() -> orderViewProcessorReached(later));
        commit.countDown();
        payment.get(30, TimeUnit.SECONDS);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            OrderView view = queries.query(FindOrderQuery.byId(order.orderId()),
                    ResponseTypes.optionalInstanceOf(OrderView.class)).join().orElseThrow();
            assertThat(view.amountPaid()).isEqualTo(total);
            assertThat(view.status()).isEqualTo(OrderStatus.PAID);
        });
    }

    private boolean orderViewProcessorReached(long index) {
        return processing.eventProcessors().values().stream()
                .filter(processor -> processor.getName().equals("order-view"))
                .map(StreamingEventProcessor.class::cast)
                .flatMap(processor -> processor.processingStatus().values().stream())
                .map(EventTrackerStatus::getCurrentPosition)
                .allMatch(position -> position.orElse(-1) >= index);
    }

    private static GenericDomainEventMessage<Object> event(String aggregateId, long sequence, Object payload) {
        // Every stored event names who appended it (SEC-1), these too.
        return new GenericDomainEventMessage<>("Order", aggregateId, sequence, payload,
                MetaData.with("actor", TEST_ACTOR).and("role", "ADMIN"), UUID.randomUUID().toString(), Instant.now());
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
