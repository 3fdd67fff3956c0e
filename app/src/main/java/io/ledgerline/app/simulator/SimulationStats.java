package io.ledgerline.app.simulator;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** What a simulation did, counted by activity ("orders placed"), by refusal code and by unexpected failure. */
final class SimulationStats {

    private final Map<String, LongAdder> activities = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> refusals = new ConcurrentHashMap<>();
    private final LongAdder commands = new LongAdder();
    private final LongAdder failures = new LongAdder();

    void count(String activity) {
        activities.computeIfAbsent(activity, key -> new LongAdder()).increment();
    }

    void commandSent() {
        commands.increment();
    }

    void refused(String code) {
        refusals.computeIfAbsent(code, key -> new LongAdder()).increment();
    }

    void failed() {
        failures.increment();
    }

    long count(String activity, long ifNone) {
        LongAdder adder = activities.get(activity);
        return adder == null ? ifNone : adder.sum();
    }

    long commands() {
        return commands.sum();
    }

    long failures() {
        return failures.sum();
    }

    Map<String, Long> activities() {
        return snapshot(activities);
    }

    Map<String, Long> refusals() {
        return snapshot(refusals);
    }

    private static Map<String, Long> snapshot(Map<String, LongAdder> counters) {
        Map<String, Long> sorted = new TreeMap<>();
        counters.forEach((key, value) -> sorted.put(key, value.sum()));
        return sorted;
    }
}
