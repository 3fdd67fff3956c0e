package io.ledgerline.app.benchmark;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;

/**
 * Waits until the projections (this node's streaming event processors) have handled the event store up
 * to a global index. The benchmark does this between phases, so that one phase's projection work does
 * not run into the next phase's measurement, and reports how far behind the projections were.
 */
final class ProjectionCatchUp {

    private final EventProcessingConfiguration processing;

    ProjectionCatchUp(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    /** How long it took until every segment held here reached {@code head}; empty if not within {@code timeout}. */
    Optional<Duration> await(long head, Duration timeout) {
        return await(head, timeout, Set.of());
    }

    /** The same for the named processors only ({@code processors} empty: all of them); polls every 5 ms. */
    Optional<Duration> await(long head, Duration timeout, Set<String> processors) {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        while (!caughtUp(head, processors)) {
            if (System.nanoTime() > deadline) {
                return Optional.empty();
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the projections", e);
            }
        }
        return Optional.of(Duration.ofNanos(System.nanoTime() - start));
    }

    private boolean caughtUp(long head, Set<String> processors) {
        return processing.eventProcessors().values().stream()
                .filter(processor -> processors.isEmpty() || processors.contains(processor.getName()))
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .allMatch(processor -> processor.processingStatus().isEmpty() || position(processor) >= head);
    }

    /**
     * How far a processor is: a pooled processor advances every segment's position past events that other
     * segments handle, so the lowest position over the segments held here is where it has handled everything.
     * -1 for a processor with no segment here.
     */
    static long position(StreamingEventProcessor processor) {
        return processor.processingStatus().values().stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .mapToLong(position -> position.orElse(-1))
                .min().orElse(-1);
    }
}
