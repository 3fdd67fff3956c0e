package io.ledgerline.app.simulator;

import java.time.Duration;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How far the event store and this node's event processors (sagas, read models) are. The simulator waits
 * for the processors once a simulated day, so that sagas react to the day's events in (nearly) the same
 * simulated hour and the read models staff look at are current.
 */
final class Backlog {

    private final EventProcessingConfiguration processing;
    private final JdbcClient jdbc;

    Backlog(EventProcessingConfiguration processing, JdbcClient jdbc) {
        this.processing = processing;
        this.jdbc = jdbc;
    }

    long head() {
        return jdbc.sql("select coalesce(max(globalindex), 0) from domainevententry").query(Long.class).single();
    }

    long eventsAfter(long index) {
        return jdbc.sql("select count(*) from domainevententry where globalindex > ?").param(index)
                .query(Long.class).single();
    }

    /** Waits until every segment held here has handled the events stored so far; false if it took too long. */
    boolean awaitProcessors(Duration timeout) {
        long head = head();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!lagging(head).isEmpty()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Actions.pause(20);
        }
        return true;
    }

    /** The processors that have not reached {@code head}. */
    List<String> lagging(long head) {
        return processing.eventProcessors().entrySet().stream()
                .filter(entry -> entry.getValue() instanceof StreamingEventProcessor streaming
                        && streaming.processingStatus().values().stream().map(EventTrackerStatus::getCurrentPosition)
                        .anyMatch(position -> position.orElse(-1) < head))
                .map(entry -> entry.getKey()).toList();
    }
}
