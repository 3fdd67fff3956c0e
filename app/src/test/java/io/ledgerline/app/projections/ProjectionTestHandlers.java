package io.ledgerline.app.projections;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Test-only handlers in real processing groups, idle unless a test engages them. */
@TestConfiguration(proxyBeanMethods = false)
public class ProjectionTestHandlers {

    @Bean
    PoisonedOrders poisonedOrders(JdbcClient jdbc) {
        return new PoisonedOrders(jdbc);
    }

    @Bean
    LockedOrders lockedOrders(JdbcClient jdbc) {
        return new LockedOrders(jdbc);
    }

    @Bean
    RebuildBrake rebuildBrake() {
        return new RebuildBrake();
    }
}
