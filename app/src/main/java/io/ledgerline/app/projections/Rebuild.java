package io.ledgerline.app.projections;

import io.ledgerline.api.projection.ProjectionRebuild;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;

/**
 * One rebuild of one projection under way on this node: its rebuild processor (which replays the event store
 * into the rebuild's schema and targets), the tables it copies, and how it ends.
 */
public final class Rebuild {

    /** The prefix of a rebuild processor's name, in the token store and the dead-letter queue. */
    static final String PROCESSOR_PREFIX = "rebuild:";

    private final ProjectionRebuild context;
    private final List<String> tables;
    private final Instant startedAt;
    private final CompletableFuture<RebuildOutcome> outcome = new CompletableFuture<>();
    private volatile boolean switching;
    private volatile String failure;
    private PooledStreamingEventProcessor processor;
    private List<ExecutorService> executors = List.of();

    Rebuild(ProjectionRebuild context, List<String> tables, Instant startedAt) {
        this.context = context;
        this.tables = List.copyOf(tables);
        this.startedAt = startedAt;
    }

    public String processingGroup() {
        return context.processingGroup();
    }

    /** Completes when the rebuild has switched over or failed. */
    public CompletableFuture<RebuildOutcome> outcome() {
        return outcome;
    }

    ProjectionRebuild context() {
        return context;
    }

    List<String> tables() {
        return tables;
    }

    String schema() {
        return ProjectionTables.rebuildSchema(processingGroup());
    }

    String processorName() {
        return processorName(processingGroup());
    }

    static String processorName(String processingGroup) {
        return PROCESSOR_PREFIX + processingGroup;
    }

    Instant startedAt() {
        return startedAt;
    }

    boolean switching() {
        return switching;
    }

    void startSwitching() {
        switching = true;
    }

    /** Why the rebuild cannot go on, once its processor has found out; null while all is well. */
    String failure() {
        return failure;
    }

    void fail(String reason) {
        if (failure == null) {
            failure = reason;
        }
    }

    PooledStreamingEventProcessor processor() {
        return processor;
    }

    void run(PooledStreamingEventProcessor processor, List<ExecutorService> executors) {
        this.processor = processor;
        this.executors = List.copyOf(executors);
        processor.start();
    }

    /** Stops the rebuild processor and its threads; its tokens stay in the store. */
    void stopProcessor() {
        if (processor != null && processor.isRunning()) {
            processor.shutDown();
        }
        executors.forEach(ExecutorService::shutdownNow);
    }

    RebuildOutcome finish(long events, Instant now, String failureReason) {
        RebuildOutcome result = new RebuildOutcome(processingGroup(), failureReason == null, events,
                Duration.between(startedAt, now), now, failureReason);
        outcome.complete(result);
        return result;
    }
}
