package io.ledgerline.app;

import io.ledgerline.app.projections.RebuildOptions;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The one Ledgerline application: the command side, the query side and reporting in one process. */
@SpringBootApplication(scanBasePackages = "io.ledgerline")
public class LedgerlineApplication {

    public static void main(String[] args) {
        JarCommandLine.usageError(args).ifPresent(error -> {
            System.err.println(error);
            System.exit(2);
        });
        // Axon prints an advertisement for its console at startup; operators' logs do not need it.
        System.setProperty("disable-axoniq-console-message", "true");
        SpringApplication application = new SpringApplication(LedgerlineApplication.class);
        if (JarCommandLine.command(args).filter(RebuildOptions.COMMAND::equals).isPresent()) {
            // The rebuild command runs beside serving nodes, often on the same host: no fixed port to collide on.
            application.setDefaultProperties(Map.of("server.port", "0"));
        }
        application.run(args);
    }
}
