package io.ledgerline.app.simulator;

import io.ledgerline.app.simulator.time.SimulatedTime;
import io.ledgerline.app.simulator.time.SimulationAwareDeadlineManager;
import io.ledgerline.command.order.OrderSettings;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Generates plausible shop activity through the real command path, backdated over a span of days: the
 * {@code simulate} command and the embedded default's demo data both run it. One simulation runs at a time.
 */
@Component
public class Simulator {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final SimulatedTime time;
    private final SimulationAwareDeadlineManager deadlines;
    private final Backlog backlog;
    private final OrderSettings settings;
    private final AtomicBoolean running = new AtomicBoolean();

    Simulator(CommandGateway commands, QueryGateway queries, SimulatedTime time,
              SimulationAwareDeadlineManager deadlines, EventProcessingConfiguration processing, JdbcClient jdbc,
              OrderSettings settings) {
        this.commands = commands;
        this.queries = queries;
        this.time = time;
        this.deadlines = deadlines;
        this.backlog = new Backlog(processing, jdbc);
        this.settings = settings;
    }

    /** Runs a simulation to its end, or until {@code stopRequested} says so; throws if one is running already. */
    public SimulationReport simulate(SimulationOptions options, BooleanSupplier stopRequested) {
        if (!running.compareAndSet(false, true)) {
            throw new IllegalStateException("a simulation is running already; one runs at a time");
        }
        try {
            return new Simulation(options, commands, queries, time, deadlines, backlog, settings, stopRequested).run();
        } finally {
            running.set(false);
        }
    }

    public SimulationReport simulate(SimulationOptions options) {
        return simulate(options, () -> false);
    }
}
