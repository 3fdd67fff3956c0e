package io.ledgerline.app;

import io.ledgerline.app.projections.ProjectionTestHandlers;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests: the whole application on a real embedded PostgreSQL and a real
 * Elasticsearch server, started once per test JVM and shared by every subclass (one cached context).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestClockConfiguration.class, ProjectionTestHandlers.class})
public abstract class LedgerlineIntegrationTest {

    private static final Path DATA_DIR = TestDataDirs.create("shared");

    @DynamicPropertySource
    static void embeddedServers(DynamicPropertyRegistry registry) {
        registry.add("ledgerline.data-dir", DATA_DIR::toString);
        registry.add("ledgerline.embedded.install-dir", TestDataDirs.INSTALL_DIR::toString);
    }
}
