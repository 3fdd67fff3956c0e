package io.ledgerline.app.projections;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javax.sql.DataSource;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.deadletter.DeadLetteringEventHandlerInvoker;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Builds the processor of a rebuild ({@code rebuild:<group>}): the live projection's own handler beans behind a
 * dead-letter queue of the rebuild's own, reading the event store from its start, in transactions that write
 * the rebuild's schema ({@link RebuildTransactionManager}), with tokens that mark every event as a replay of
 * this rebuild. It runs on threads of its own, in larger batches than the live processor (4 workers, 100 events).
 */
@Component
class RebuildProcessors {

    /** A position no event reaches: every event a rebuild processor handles is a replay. */
    private static final TrackingToken NEVER_REACHED = GapAwareTrackingToken.newInstance(Long.MAX_VALUE, Collections.emptySet());
    private static final int DEFAULT_SEGMENTS = 16;
    private static final int WORKER_THREADS = 4;
    private static final int BATCH_SIZE = 100;

    private final DeadLetterQueues queues;
    private final EventProcessingConfiguration processing;
    private final TransactionManager axonTransactions;
    private final DataSource dataSource;
    private final EventStore eventStore;
    private final TokenStore tokenStore;

    RebuildProcessors(DeadLetterQueues queues, EventProcessingConfiguration processing, TransactionManager axonTransactions,
                      DataSource dataSource, EventStore eventStore, TokenStore tokenStore) {
        this.queues = queues;
        this.processing = processing;
        this.axonTransactions = axonTransactions;
        this.dataSource = dataSource;
        this.eventStore = eventStore;
        this.tokenStore = tokenStore;
    }

    /**
     * A rebuild processor for {@code rebuild}, not started, with the handlers, sequencing and interceptors of
     * {@code live}; the executors it runs on are added to {@code executors}, to be shut down with it.
     */
    PooledStreamingEventProcessor create(AbstractEventProcessor live, SimpleEventHandlerInvoker handlers, Rebuild rebuild,
                                         String liveSchema, List<ExecutorService> executors) {
        String group = rebuild.processingGroup();
        RebuildTransactionManager transactionManager = new RebuildTransactionManager(axonTransactions, dataSource,
                rebuild.schema(), liveSchema, rebuild::fail);
        DeadLetteringEventHandlerInvoker invoker = DeadLetteringEventHandlerInvoker.builder()
                .eventHandlers(new ArrayList<>(handlers.eventHandlers()))
                .sequencingPolicy(handlers.getSequencingPolicy())
                .queue(queues.forGroup(rebuild.processorName(), transactionManager))
                .enqueuePolicy(processing.deadLetterPolicy(group).orElseThrow(() -> new IllegalStateException(
                        "no dead-letter policy for " + group + " (DeadLetterConfiguration registers one for every group)")))
                .transactionManager(transactionManager)
                .enableSequenceIdentifierCache()
                .build();
        ScheduledExecutorService coordinator = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("rebuild-" + group + "-coordinator").factory());
        ScheduledExecutorService workers = Executors.newScheduledThreadPool(WORKER_THREADS,
                Thread.ofPlatform().daemon().name("rebuild-" + group + "-worker-", 0).factory());
        executors.add(coordinator);
        executors.add(workers);
        int segments = tokenStore.fetchSegments(live.getName()).length;
        PooledStreamingEventProcessor processor = PooledStreamingEventProcessor.builder()
                .name(rebuild.processorName())
                .eventHandlerInvoker(invoker)
                .messageSource(eventStore)
                .tokenStore(tokenStore)
                .transactionManager(transactionManager)
                .coordinatorExecutor(coordinator)
                .workerExecutor(workers)
                .initialSegmentCount(segments > 0 ? segments : DEFAULT_SEGMENTS)
                .initialToken(source -> ReplayToken.createReplayToken(NEVER_REACHED, null, rebuild.context()))
                .batchSize(BATCH_SIZE)
                .build();
        live.getHandlerInterceptors().forEach(processor::registerHandlerInterceptor);
        return processor;
    }
}
