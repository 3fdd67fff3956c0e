package io.ledgerline.app.projections;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar ledgerline-app.jar rebuild --projection=<name>[,<name>...|all]}: the operators' way to rebuild
 * projections (AUD-3), the same rebuild as the {@code rebuildProjection} mutation. It starts this application as
 * one more node of the cluster (HTTP on a random port unless {@code --server.port} is given), rebuilds the named
 * projections side by side while the serving nodes go on, prints a line per projection when it has switched
 * over (progress lines go to the log meanwhile), and exits: 0 if every rebuild completed, 1 if one failed or was
 * refused, 2 for a usage error. Without the {@code rebuild} argument it does nothing.
 */
@Component
class RebuildCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RebuildCommand.class);

    private final ConfigurableApplicationContext context;
    private final ProjectionRebuilder rebuilder;

    RebuildCommand(ConfigurableApplicationContext context, ProjectionRebuilder rebuilder) {
        this.context = context;
        this.rebuilder = rebuilder;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<RebuildOptions> options;
        try {
            options = RebuildOptions.from(args);
        } catch (IllegalArgumentException e) {
            log.error(e.getMessage());
            exit(2);
            return;
        }
        if (options.isEmpty()) {
            return;
        }
        int exitCode = 0;
        Map<String, Rebuild> started = new LinkedHashMap<>();
        for (String name : options.get().expand(rebuilder.projections())) {
            try {
                started.put(name, rebuilder.start(name));
            } catch (RuntimeException e) {
                System.out.println(name + ": REFUSED: " + e.getMessage());
                exitCode = 1;
            }
        }
        for (Map.Entry<String, Rebuild> rebuild : started.entrySet()) {
            RebuildOutcome outcome = rebuild.getValue().outcome().join();
            System.out.println(rebuild.getKey() + ": " + outcome.describe());
            if (!outcome.completed()) {
                exitCode = 1;
            }
        }
        exit(exitCode);
    }

    /** Closes the context, which stops the processors and the embedded servers, then ends the JVM. */
    private void exit(int code) {
        int exitCode = code;
        System.exit(SpringApplication.exit(context, () -> exitCode));
    }
}
