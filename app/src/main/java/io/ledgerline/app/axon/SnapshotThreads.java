package io.ledgerline.app.axon;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

/**
 * The threads that take snapshots, away from the command threads. Not an {@link Executor} bean itself: one
 * would take the place of Spring Boot's application task executor. The queue needs no bound: Axon's
 * snapshotter queues an aggregate at most once until its snapshot is done.
 */
final class SnapshotThreads implements AutoCloseable {

    private final ExecutorService pool;

    SnapshotThreads(int threads) {
        ThreadFactory factory = Thread.ofPlatform().name("snapshotter-", 1).daemon().factory();
        pool = Executors.newFixedThreadPool(threads, factory);
    }

    Executor executor() {
        return pool;
    }

    /** A snapshot cut short is harmless: it is taken again after the next events. */
    @Override
    public void close() {
        pool.shutdownNow();
    }
}
