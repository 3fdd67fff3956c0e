package io.ledgerline.app.simulator;

import io.ledgerline.app.LedgerlineIntegrationTest;
import io.ledgerline.app.TestDataDirs;
import java.nio.file.Path;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that examine simulated history ({@link SimulatedHistory}): the whole application like
 * {@link LedgerlineIntegrationTest}, but on a data directory of its own, so these tests share one context and
 * the dense simulated days stay out of the database the other tests share (a rebuild of every projection
 * there, say, would replay them too).
 */
public abstract class SimulatedHistoryIntegrationTest extends LedgerlineIntegrationTest {

    private static final Path DATA_DIR = TestDataDirs.create("simulated");

    @Autowired
    protected Simulator simulator;
    @Autowired
    protected CommandGateway commands;
    @Autowired
    protected JdbcClient jdbc;

    /**
     * The embedded servers' own setting: the base class sets {@code ledgerline.data-dir} (which this setting
     * follows by default), and Spring applies the base class's registrations after a subclass's.
     */
    @DynamicPropertySource
    static void ownDataDirectory(DynamicPropertyRegistry registry) {
        registry.add("ledgerline.embedded.data-dir", DATA_DIR::toString);
    }

    /** The shared simulation, run by the first test that asks (on the test thread, which is signed in). */
    protected SimulatedHistory.Run simulatedHistory() {
        return SimulatedHistory.of(simulator, commands, jdbc);
    }

    /** Where this context keeps its data (distinct from the shared one). */
    protected static Path dataDir() {
        return DATA_DIR;
    }
}
