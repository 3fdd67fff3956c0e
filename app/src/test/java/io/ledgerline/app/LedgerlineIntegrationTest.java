package io.ledgerline.app;

import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests: the whole application on a real embedded PostgreSQL and a real
 * Elasticsearch server, started once per test JVM and shared by every subclass (one cached context).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(LedgerlineIntegrationTest.TestClockConfiguration.class)
public abstract class LedgerlineIntegrationTest {

    /** A clock the tests can move; every command handler gets it instead of the system clock. */
    @TestConfiguration(proxyBeanMethods = false)
    static class TestClockConfiguration {
        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }
    }

    private static final Path DATA_DIR = TestDataDirs.create("shared");

    @DynamicPropertySource
    static void embeddedServers(DynamicPropertyRegistry registry) {
        registry.add("ledgerline.data-dir", DATA_DIR::toString);
        registry.add("ledgerline.embedded.install-dir", TestDataDirs.INSTALL_DIR::toString);
    }
}
