package io.ledgerline.app.simulator;

import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar ledgerline-app.jar simulate --days=365 --orders-per-day=40}: starts the app as usual,
 * simulates the span, prints what it did, and exits (0; 1 if a step failed unexpectedly; 2 for bad
 * options). Without the {@code simulate} argument it does nothing. The simulated history stays: the
 * event store is append-only.
 */
@Component
class SimulatorRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SimulatorRunner.class);

    private final ConfigurableApplicationContext context;
    private final Simulator simulator;

    SimulatorRunner(ConfigurableApplicationContext context, Simulator simulator) {
        this.context = context;
        this.simulator = simulator;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<SimulationOptions> options;
        try {
            options = SimulationOptions.from(args, Clock.systemUTC());
        } catch (IllegalArgumentException e) {
            log.error(e.getMessage());
            exit(2);
            return;
        }
        if (options.isEmpty()) {
            return;
        }
        int exitCode;
        try {
            SimulationReport report = simulator.simulate(options.get());
            System.out.println(report);
            exitCode = report.failures() == 0 && report.completed() ? 0 : 1;
        } catch (RuntimeException e) {
            log.error("The simulation failed", e);
            exitCode = 1;
        }
        exit(exitCode);
    }

    /** Closes the context, which stops the embedded servers, then ends the JVM. */
    private void exit(int code) {
        System.exit(SpringApplication.exit(context, () -> code));
    }
}
