package io.ledgerline.app.projections;

import io.ledgerline.app.JarCommand;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.ApplicationArguments;
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
class RebuildCommand extends JarCommand<RebuildOptions> {

    private final ProjectionRebuilder rebuilder;

    RebuildCommand(ConfigurableApplicationContext context, ProjectionRebuilder rebuilder) {
        super(context);
        this.rebuilder = rebuilder;
    }

    @Override
    protected Optional<RebuildOptions> options(ApplicationArguments args) {
        return RebuildOptions.from(args);
    }

    @Override
    protected int execute(RebuildOptions options) {
        int exitCode = 0;
        Map<String, Rebuild> started = new LinkedHashMap<>();
        for (String name : options.expand(rebuilder.projections())) {
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
        return exitCode;
    }
}
