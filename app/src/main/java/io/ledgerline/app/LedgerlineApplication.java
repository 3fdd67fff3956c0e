package io.ledgerline.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The one Ledgerline application: the command side, the query side and reporting in one process. */
@SpringBootApplication(scanBasePackages = "io.ledgerline")
public class LedgerlineApplication {

    public static void main(String[] args) {
        SpringApplication.run(LedgerlineApplication.class, args);
    }
}
