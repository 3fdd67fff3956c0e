package io.ledgerline.app.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs orders 0..n-1 on a fixed number of client threads, each taking the next order as soon as its
 * previous one returned (closed loop, like clients waiting for their answer), and times every order.
 * The first failure stops the run: a benchmark that loses orders measures nothing.
 */
final class LoadDriver {

    private static final Logger log = LoggerFactory.getLogger(LoadDriver.class);
    private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(2);

    @FunctionalInterface
    interface OrderTask {
        void run(int order) throws Exception;
    }

    /**
     * {@code latencyNanos[i]} is how long order {@code i} took, {@code finishedNanos[i]} when it finished, counted
     * from the start of the run.
     */
    record Run(int orders, long elapsedNanos, long[] latencyNanos, long[] finishedNanos) {

        double seconds() {
            return elapsedNanos / 1e9;
        }

        double perSecond(long count) {
            return count / seconds();
        }

        /** Orders per second in each tenth of the run, by the order in which orders finished. */
        double[] tenths() {
            long[] finished = finishedNanos.clone();
            java.util.Arrays.sort(finished);
            double[] rates = new double[10];
            long previousEnd = 0;
            for (int tenth = 0; tenth < 10; tenth++) {
                int from = (int) ((long) orders * tenth / 10);
                int to = (int) ((long) orders * (tenth + 1) / 10);
                if (to == from) {
                    continue;
                }
                long end = finished[to - 1];
                rates[tenth] = (to - from) / Math.max((end - previousEnd) / 1e9, 1e-9);
                previousEnd = end;
            }
            return rates;
        }
    }

    private LoadDriver() {
    }

    /** Runs {@code orders} tasks on {@code clients} threads; {@code phase} names the progress lines, null for none. */
    static Run run(String phase, int orders, int clients, OrderTask task) {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        long[] latencies = new long[orders];
        long[] finished = new long[orders];
        long[] runStart = new long[1];
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < Math.min(clients, orders); c++) {
            threads.add(Thread.ofPlatform().name("benchmark-client-" + c).unstarted(() -> {
                for (int i = next.getAndIncrement(); i < orders && failure.get() == null; i = next.getAndIncrement()) {
                    long start = System.nanoTime();
                    try {
                        task.run(i);
                    } catch (Throwable e) {
                        failure.compareAndSet(null, e);
                        return;
                    }
                    long end = System.nanoTime();
                    latencies[i] = end - start;
                    finished[i] = end - runStart[0];
                    done.incrementAndGet();
                }
            }));
        }
        ScheduledExecutorService progress = phase == null ? null : progressReporter(phase, orders, done);
        long start = System.nanoTime();
        runStart[0] = start; // written before the threads start, so they see it
        threads.forEach(Thread::start);
        try {
            for (Thread thread : threads) {
                thread.join(); // join also makes every latencies[i] written by the thread visible here
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            threads.forEach(Thread::interrupt);
            throw new IllegalStateException("interrupted while running the benchmark", e);
        } finally {
            if (progress != null) {
                progress.shutdownNow();
            }
        }
        long elapsed = System.nanoTime() - start;
        if (failure.get() != null) {
            throw new IllegalStateException((phase == null ? "warm-up" : phase) + ": an order failed after "
                    + done.get() + " of " + orders + " succeeded: " + failure.get(), failure.get());
        }
        return new Run(orders, elapsed, latencies, finished);
    }

    /** One line every 2 s: how far, and the rate over the last interval. */
    private static ScheduledExecutorService progressReporter(String phase, int orders, AtomicInteger done) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
                runnable -> Thread.ofPlatform().daemon().name("benchmark-progress").unstarted(runnable));
        long interval = PROGRESS_INTERVAL.toMillis();
        int[] previous = {0};
        scheduler.scheduleAtFixedRate(() -> {
            int now = done.get();
            log.info(String.format(Locale.ROOT, "%s: %d/%d orders, %.0f orders/s", phase, now, orders,
                    (now - previous[0]) * 1000.0 / interval));
            previous[0] = now;
        }, interval, interval, TimeUnit.MILLISECONDS);
        return scheduler;
    }
}
