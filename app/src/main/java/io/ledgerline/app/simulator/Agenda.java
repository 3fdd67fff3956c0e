package io.ledgerline.app.simulator;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Every chain of steps of a simulation: one per order, one for the warehouse team. */
final class Agenda {

    private final Map<String, Chain> chains = new ConcurrentHashMap<>();

    Chain chain(String key) {
        return chains.computeIfAbsent(key, ignored -> new Chain());
    }

    /** The chains with a step due before {@code end}. */
    List<Chain> dueBefore(Instant end) {
        return chains.values().stream().filter(chain -> chain.dueBefore(end)).toList();
    }

    /** Forgets the chains with nothing left to do (between days, while no step runs). */
    void forgetFinished() {
        chains.values().removeIf(Chain::isEmpty);
    }

    Collection<Chain> all() {
        return chains.values();
    }
}
