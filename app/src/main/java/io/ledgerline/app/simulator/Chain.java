package io.ledgerline.app.simulator;

import io.ledgerline.app.simulator.time.PendingDeadline;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The steps of one order (or of the warehouse team) in simulated time order: the simulator's next steps
 * and the deadlines the order set. One thread at a time performs a chain's steps, so an order's life is in
 * order; different chains run in parallel. Steps due at the same instant run in the order they were added.
 */
final class Chain {

    /** One thing to do at {@code at}: the simulator's own {@code work}, or a {@code deadline} the order set. */
    record Step(Instant at, long order, Runnable work, PendingDeadline deadline) implements Comparable<Step> {

        @Override
        public int compareTo(Step other) {
            int byTime = at.compareTo(other.at);
            return byTime != 0 ? byTime : Long.compare(order, other.order);
        }
    }

    private static final ThreadLocal<Chain> CURRENT = new ThreadLocal<>();

    private final PriorityQueue<Step> steps = new PriorityQueue<>();
    private long added;

    /** The chain whose step the current thread performs. */
    static Chain current() {
        Chain chain = CURRENT.get();
        if (chain == null) {
            throw new IllegalStateException("not in a simulated step");
        }
        return chain;
    }

    synchronized void at(Instant at, Runnable work) {
        steps.add(new Step(at, added++, work, null));
    }

    synchronized void deadline(PendingDeadline deadline) {
        steps.add(new Step(deadline.trigger(), added++, null, deadline));
    }

    /** The next step due before {@code end}, taken off the chain; null when there is none. */
    synchronized Step next(Instant end) {
        Step first = steps.peek();
        return first == null || !first.at().isBefore(end) ? null : steps.poll();
    }

    synchronized boolean dueBefore(Instant end) {
        return !steps.isEmpty() && steps.peek().at().isBefore(end);
    }

    synchronized boolean isEmpty() {
        return steps.isEmpty();
    }

    /** Everything still on the chain, in order, emptied. */
    synchronized List<Step> drain() {
        List<Step> rest = new ArrayList<>(steps);
        steps.clear();
        rest.sort(null);
        return rest;
    }

    /** Performs {@code step} as this chain's, so that what it schedules lands on this chain. */
    void perform(Runnable step) {
        CURRENT.set(this);
        try {
            step.run();
        } finally {
            CURRENT.remove();
        }
    }
}
