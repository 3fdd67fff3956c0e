package io.ledgerline.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The one Ledgerline application: the command side, the query side and reporting in one process. */
@SpringBootApplication(scanBasePackages = "io.ledgerline")
public class LedgerlineApplication {

    public static void main(String[] args) {
        // Axon prints an advertisement for its console at startup; operators' logs do not need it.
        System.setProperty("disable-axoniq-console-message", "true");
        SpringApplication.run(LedgerlineApplication.class, args);
    }
}
