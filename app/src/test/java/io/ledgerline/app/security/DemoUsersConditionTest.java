package io.ledgerline.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The demo users belong to the embedded default only; an external database never gets them. */
class DemoUsersConditionTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(DemoUsers.class);

    @Test
    @DisplayName("With an external database (ledgerline.db.url set) no demo user is ever created")
    void externalDatabaseHasNoDemoUsers() {
        context.withPropertyValues("ledgerline.db.url=jdbc:postgresql://db.example:5432/ledgerline")
                .run(app -> assertThat(app).hasNotFailed().doesNotHaveBean(DemoUsers.class));
    }

    @Test
    @DisplayName("On the embedded PostgreSQL (no ledgerline.db.url) the demo users are wanted")
    void embeddedDatabaseWantsDemoUsers() {
        // The runner has none of the beans DemoUsers needs: that it tries to create it shows the condition matched.
        context.run(app -> assertThat(app).hasFailed().getFailure().hasMessageContaining("demoUsers"));
    }
}
