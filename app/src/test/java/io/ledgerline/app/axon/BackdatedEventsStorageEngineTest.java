package io.ledgerline.app.axon;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.app.LedgerlineIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Why simulated events may be backdated safely: an event appended in a transaction that commits late leaves
 * a gap in the global index, and processors must come back for it. Axon forgets a gap that lies before an
 * "old" event; a simulated (backdated) event is old from the start, so the engine keeps the gap for it.
 */
class BackdatedEventsStorageEngineTest extends LedgerlineIntegrationTest {

    private static final Instant LAST_YEAR = Instant.now().minus(Duration.ofDays(365));
    /** Every stored event names who appended it (SEC-1), these too. */
    private static final MetaData ACTOR = MetaData.with(AuditMetadata.ACTOR, TEST_ACTOR).and(AuditMetadata.ROLE, "ADMIN");

    @Autowired
    EventStorageEngine storage;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    @DisplayName("AUD-1: an event committed after a later, backdated simulated event is still read by processors")
    void gapBeforeABackdatedSimulatedEventIsKept() throws Exception {
        List<TrackedEventMessage<?>> read = readAroundALateCommit(ACTOR.and(AuditMetadata.SIMULATED, true));

        assertThat(read).extracting(message -> (Object) message.getPayload()).containsExactly("backdated", "committed late");
    }

    @Test
    @DisplayName("AUD-1: without the simulated mark a backdated event makes Axon forget the gap before it (why the mark matters)")
    void gapBeforeAnUnmarkedBackdatedEventIsForgotten() throws Exception {
        List<TrackedEventMessage<?>> read = readAroundALateCommit(ACTOR);

        assertThat(read).extracting(message -> (Object) message.getPayload()).containsExactly("backdated");
    }

    /**
     * Appends "committed late" in a transaction held open while "backdated" (timestamped a year ago, with
     * {@code metadata}) commits; reads from before both, then lets the first commit and reads on from the
     * token the first read ended with.
     */
    private List<TrackedEventMessage<?>> readAroundALateCommit(MetaData metadata) throws Exception {
        TrackingToken start = storage.createHeadToken();
        CountDownLatch appended = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        CompletableFuture<Void> late = CompletableFuture.runAsync(() -> new TransactionTemplate(transactionManager)
                .executeWithoutResult(status -> {
                    storage.appendEvents(event("committed late", Instant.now(), ACTOR));
                    appended.countDown();
                    await(commit);
                }));
        await(appended);
        storage.appendEvents(event("backdated", LAST_YEAR, metadata));

        List<TrackedEventMessage<?>> first = gapTestEvents(storage.readEvents(start, false).toList());
        assertThat(first).hasSize(1);
        TrackingToken afterFirst = first.getFirst().trackingToken();
        commit.countDown();
        late.get(30, TimeUnit.SECONDS);

        List<TrackedEventMessage<?>> all = new ArrayList<>(first);
        all.addAll(gapTestEvents(storage.readEvents(afterFirst, false).toList()));
        return all;
    }

    /** Only this test's events: other work in the shared application may append meanwhile. */
    private static List<TrackedEventMessage<?>> gapTestEvents(List<? extends TrackedEventMessage<?>> events) {
        return events.stream().filter(event -> event instanceof DomainEventMessage<?> domain
                && "GapTest".equals(domain.getType())).<TrackedEventMessage<?>>map(event -> event).toList();
    }

    private static GenericDomainEventMessage<String> event(String payload, Instant timestamp, MetaData metadata) {
        return new GenericDomainEventMessage<>("GapTest", "gap-test-" + UUID.randomUUID(), 0, payload, metadata,
                UUID.randomUUID().toString(), timestamp);
    }

    private static void await(CountDownLatch latch) {
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
