package io.ledgerline.app.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;

/**
 * Every processor's lag as time, sampled every 20 ms while load runs: at each sample, how long ago the first event
 * the processor has not handled yet appeared in the event store (0 when it has handled everything), to within the
 * sampling interval. Covers every streaming processor of this node: read models, search, reporting, the audit
 * sealer and the sagas.
 */
final class LagSampler implements AutoCloseable {

    private static final long INTERVAL_MILLIS = 20;

    private final EventStoreProbe store;
    private final EventProcessingConfiguration processing;
    private final ConcurrentSkipListMap<Long, Long> headFirstSeenNanos = new ConcurrentSkipListMap<>();
    private final Map<String, List<Long>> lagNanos = new TreeMap<>();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(
            runnable -> Thread.ofPlatform().daemon().name("benchmark-lag").unstarted(runnable));

    LagSampler(EventStoreProbe store, EventProcessingConfiguration processing) {
        this.store = store;
        this.processing = processing;
    }

    LagSampler start() {
        sampler.scheduleAtFixedRate(this::sample, 0, INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
        return this;
    }

    /** Lag samples in nanoseconds per processor name. */
    synchronized Map<String, long[]> lags() {
        Map<String, long[]> result = new TreeMap<>();
        lagNanos.forEach((name, samples) -> result.put(name, samples.stream().mapToLong(Long::longValue).toArray()));
        return result;
    }

    @Override
    public void close() {
        sampler.shutdownNow();
        try {
            sampler.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void sample() {
        long now = System.nanoTime();
        long head = store.head();
        Map.Entry<Long, Long> newest = headFirstSeenNanos.lastEntry();
        if (newest == null || newest.getKey() < head) {
            headFirstSeenNanos.put(head, now);
        }
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming && !streaming.processingStatus().isEmpty()) {
                long position = ProjectionCatchUp.position(streaming);
                Map.Entry<Long, Long> firstUnhandled = headFirstSeenNanos.ceilingEntry(position + 1);
                long lag = position >= head || firstUnhandled == null ? 0 : now - firstUnhandled.getValue();
                lagNanos.computeIfAbsent(name, n -> new ArrayList<>()).add(lag);
            }
        });
    }

    static Optional<String> worst(Map<String, long[]> lags, double percentile) {
        return lags.entrySet().stream()
                .max((a, b) -> Long.compare(percentileOf(a.getValue(), percentile), percentileOf(b.getValue(), percentile)))
                .map(Map.Entry::getKey);
    }

    static long percentileOf(long[] samples, double percentile) {
        return samples.length == 0 ? 0 : LatencyStats.percentile(sortedCopy(samples), percentile);
    }

    private static long[] sortedCopy(long[] samples) {
        long[] sorted = samples.clone();
        java.util.Arrays.sort(sorted);
        return sorted;
    }
}
