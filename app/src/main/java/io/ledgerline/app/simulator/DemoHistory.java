package io.ledgerline.app.simulator;

import io.ledgerline.app.embedded.EmbeddedPostgres;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo data for the embedded default: on the first start (embedded PostgreSQL, no order, stock or refund in
 * the event store yet) the app simulates a year of history in the background while it serves, so the
 * dashboards have something to show. Progress lines appear in the log; stopping the app stops the
 * simulation where it is (the history made so far stays; delete the data directory to start over). Off
 * with {@code ledgerline.simulator.demo-on-first-start=false}, and never against an external database.
 */
@Component
class DemoHistory {

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private final boolean enabled;
    private final int days;
    private final int ordersPerDay;
    private final ObjectProvider<EmbeddedPostgres> embeddedPostgres;
    private final JdbcClient jdbc;
    private final Simulator simulator;
    private volatile boolean stopRequested;
    private Thread worker;

    DemoHistory(@Value("${ledgerline.simulator.demo-on-first-start:false}") boolean enabled,
                @Value("${ledgerline.simulator.demo-days:365}") int days,
                @Value("${ledgerline.simulator.demo-orders-per-day:20}") int ordersPerDay,
                ObjectProvider<EmbeddedPostgres> embeddedPostgres, JdbcClient jdbc, Simulator simulator) {
        this.enabled = enabled;
        this.days = days;
        this.ordersPerDay = ordersPerDay;
        this.embeddedPostgres = embeddedPostgres;
        this.jdbc = jdbc;
        this.simulator = simulator;
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void startOnFirstStart() {
        if (!enabled || embeddedPostgres.getIfAvailable() == null || shopHasHistory()) {
            return;
        }
        SimulationOptions options = new SimulationOptions(days, ordersPerDay, 42, Clock.systemUTC().instant());
        log.info("First start of the embedded default: simulating {} days of demo history ({} orders a day) in the "
                + "background; set ledgerline.simulator.demo-on-first-start=false to start empty", days, ordersPerDay);
        worker = Thread.ofPlatform().name("demo-history").daemon().start(() -> {
            try {
                SimulationReport report = simulator.simulate(options, () -> stopRequested);
                if (report.completed()) {
                    log.info("Demo history finished: {} orders over {} days; the dashboard shows them",
                            report.ordersPlaced(), days);
                }
            } catch (RuntimeException e) {
                log.error("The demo history simulation failed", e);
            }
        });
    }

    /** Runs before the event processors and the scheduler stop, so the simulation ends while they still work. */
    @EventListener(ContextClosedEvent.class)
    synchronized void stop() throws InterruptedException {
        if (worker != null && worker.isAlive()) {
            stopRequested = true;
            worker.join(STOP_WAIT);
        }
    }

    /** Any order, stock item or refund ever recorded (the demo users' accounts, created first, do not count). */
    private boolean shopHasHistory() {
        return jdbc.sql("select exists (select 1 from domainevententry where type in ('Order', 'InventoryItem', 'Refund'))")
                .query(Boolean.class).single();
    }
}
