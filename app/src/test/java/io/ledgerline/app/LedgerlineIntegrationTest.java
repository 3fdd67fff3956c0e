package io.ledgerline.app;

import io.ledgerline.app.projections.ProjectionTestHandlers;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests: the whole application on a real embedded PostgreSQL and a real
 * Elasticsearch server, started once per test JVM and shared by every subclass (one cached context).
 * GraphQL is reached through {@link GraphQlClients} as a demo user; commands a test sends straight to
 * the command gateway act as {@value #TEST_ACTOR} (an ADMIN) on the test's own thread, like any caller
 * must be signed in (SEC-1). Bearer JWTs from {@link TestJwtIssuer} are accepted, GraphiQL is on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({TestClockConfiguration.class, ProjectionTestHandlers.class})
public abstract class LedgerlineIntegrationTest {

    public static final String TEST_ACTOR = "integration-test";

    private static final Path DATA_DIR = TestDataDirs.create("shared");

    @DynamicPropertySource
    static void embeddedServers(DynamicPropertyRegistry registry) {
        registry.add("ledgerline.data-dir", DATA_DIR::toString);
        registry.add("ledgerline.embedded.install-dir", TestDataDirs.INSTALL_DIR::toString);
        registry.add("ledgerline.graphql.explorer", () -> "true");
        registry.add("ledgerline.security.jwt.issuer-uri", () -> TestJwtIssuer.ISSUER);
        registry.add("ledgerline.security.jwt.public-key-location", TestJwtIssuer::publicKeyLocation);
    }

    @BeforeEach
    void signInTheTestThread() {
        signInAsTestActor();
    }

    @AfterEach
    void signOutTheTestThread() {
        SecurityContextHolder.clearContext();
    }

    /** Signs in the calling thread as {@value #TEST_ACTOR} (for threads a test starts itself). */
    public static void signInAsTestActor() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                TEST_ACTOR, null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
    }
}
