package io.ledgerline.app.simulator;

import io.ledgerline.app.JarCommand;
import java.time.Clock;
import java.util.Optional;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar ledgerline-app.jar simulate --days=365 --orders-per-day=40}: starts the app as usual,
 * simulates the span, prints what it did, and exits (0; 1 if a step failed unexpectedly; 2 for bad
 * options). Without the {@code simulate} argument it does nothing. The simulated history stays: the
 * event store is append-only.
 */
@Component
class SimulatorRunner extends JarCommand<SimulationOptions> {

    private final Simulator simulator;

    SimulatorRunner(ConfigurableApplicationContext context, Simulator simulator) {
        super(context);
        this.simulator = simulator;
    }

    @Override
    protected Optional<SimulationOptions> options(ApplicationArguments args) {
        return SimulationOptions.from(args, Clock.systemUTC());
    }

    @Override
    protected int execute(SimulationOptions options) {
        SimulationReport report = simulator.simulate(options);
        System.out.println(report);
        return report.failures() == 0 && report.completed() ? 0 : 1;
    }
}
