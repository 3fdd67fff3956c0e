package io.ledgerline.app.axon;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;

/**
 * How events reach the event processors: Axon's embedded event store over the JDBC storage engine, read through
 * {@link WakingEventSource} so that an idle processor starts on a new event at once instead of at its next poll.
 *
 * <p>The store's producer fetches right after every local commit; {@code ledgerline.events.fetch-delay} (100 ms) is
 * how long it waits otherwise, which is how late events committed by another node are seen.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
public class EventStreamConfiguration {

    @Qualifier("eventStore")
    @Bean(name = "eventBus")
    EmbeddedEventStore eventStore(EventStorageEngine storageEngine, Configuration configuration,
                                  @Value("${ledgerline.events.fetch-delay:100ms}") Duration fetchDelay) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(org.axonframework.eventhandling.EventBusSpanFactory.class))
                .fetchDelay(fetchDelay.toMillis())
                .timeUnit(TimeUnit.MILLISECONDS)
                .build();
    }

    @Bean(destroyMethod = "close")
    WakingEventSource wakingEventSource(EventStore eventStore) {
        return new WakingEventSource(eventStore);
    }
}
