package io.ledgerline.app.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * What a simulation run did: its id (the {@code simulationRun} metadata of its events), the simulated span,
 * the orders, events and commands, the activities and refusals counted, the deadlines left to fire for
 * real, and whether it ran to the end.
 */
public record SimulationReport(String runId, Instant from, Instant until, long ordersPlaced, long events,
                               long commands, long failures, Map<String, Long> activities,
                               Map<String, Long> refusals, long deadlinesHandedOver, Duration elapsed,
                               boolean completed) {

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "Simulation %s %s: %s to %s, %d orders, %d events, %d commands "
                        + "(%d failed) in %ds%n", runId, completed ? "completed" : "stopped early", from, until,
                ordersPlaced, events, commands, failures, elapsed.toSeconds()));
        activities.forEach((activity, count) -> text.append(String.format(Locale.ROOT, "  %-55s %8d%n", activity, count)));
        if (!refusals.isEmpty()) {
            text.append("  refused by the domain (a story ends there):").append(System.lineSeparator());
            refusals.forEach((code, count) -> text.append(String.format(Locale.ROOT, "    %-53s %8d%n", code, count)));
        }
        text.append(String.format(Locale.ROOT, "  deadlines still ahead, handed to the scheduler %17d", deadlinesHandedOver));
        return text.toString();
    }
}
