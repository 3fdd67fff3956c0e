package io.ledgerline.query.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;

/** The waiting logic of read-your-writes: how it decides a view has caught up, and how it reports a timeout. */
class ReadYourWritesTest {

    private final EventStore eventStore = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
    private final ReadYourWrites readYourWrites = new ReadYourWrites(eventStore, null, null, Duration.ofMillis(200));

    @Test
    void answersAsSoonAsTheViewShowsTheLastEvent() {
        storeEvents("order-1", 3);
        AtomicLong viewVersion = new AtomicLong(0);

        ReadYourWrites.Caught<Long> caught = readYourWrites.await("order-1",
                () -> Optional.of(viewVersion.incrementAndGet()), version -> version);

        assertThat(caught.timedOut()).isFalse();
        assertThat(caught.view()).contains(2L);
    }

    @Test
    void reportsATimeoutWithTheLastViewSeenWhenTheViewLagsBehind() {
        storeEvents("order-2", 3);

        ReadYourWrites.Caught<Long> caught = readYourWrites.await("order-2", () -> Optional.of(1L), version -> version);

        assertThat(caught.timedOut()).isTrue();
        assertThat(caught.view()).contains(1L);
    }

    @Test
    void reportsATimeoutWhenTheViewDoesNotExistYet() {
        storeEvents("order-3", 1);

        ReadYourWrites.Caught<Long> caught = readYourWrites.await("order-3", Optional::empty, version -> version);

        assertThat(caught.timedOut()).isTrue();
        assertThat(caught.view()).isEmpty();
    }

    private void storeEvents(String aggregateId, int count) {
        for (int sequence = 0; sequence < count; sequence++) {
            eventStore.publish(new GenericDomainEventMessage<>("Order", aggregateId, sequence, "event-" + sequence));
        }
    }
}
