package io.ledgerline.app.axon;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Snapshots of the aggregates with long histories ({@code InventoryItem}, {@code Order}), so that loading one
 * reads its latest snapshot and only the events after it (D59). They are stored in {@code snapshotevententry}
 * as JSON of the aggregate's fields (see {@link AxonStorageConfiguration}); the events stay the record.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SnapshotSettings.class)
public class AggregateSnapshotConfiguration {

    @Bean
    SnapshotThreads snapshotThreads(SnapshotSettings settings) {
        return new SnapshotThreads(settings.threads());
    }

    /**
     * Takes a snapshot on its own threads, in its own transaction, after the command that crossed the
     * threshold has committed; it rebuilds the aggregate from the committed events (never from the command's
     * copy), and a failure is only logged: a command never waits for a snapshot nor fails because of one.
     * Replaces Axon's default snapshotter, which would run on the command's thread.
     */
    @Bean
    Snapshotter snapshotter(Configuration axon, EventStore eventStore, TransactionManager transactionManager,
                            ParameterResolverFactory parameterResolverFactory, HandlerDefinition handlerDefinition,
                            SnapshotThreads threads) {
        return SpringAggregateSnapshotter.builder()
                .repositoryProvider(axon::repository)
                .eventStore(eventStore)
                .transactionManager(transactionManager)
                .parameterResolverFactory(parameterResolverFactory)
                .handlerDefinition(handlerDefinition)
                .executor(threads.executor())
                .build();
    }

    /** Named by the aggregates' {@code @Aggregate(snapshotTriggerDefinition = ...)}. */
    @Bean
    SnapshotTriggerDefinition aggregateSnapshotTrigger(Snapshotter snapshotter, SnapshotSettings settings) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, settings.every());
    }
}
