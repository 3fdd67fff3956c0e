package io.ledgerline.app;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A clock the integration tests can move. As {@code baseClock} it stands in for the system clock under the
 * app's simulation-aware clock, so command handlers see it (and a running simulation's time, for its work).
 */
@TestConfiguration(proxyBeanMethods = false)
class TestClockConfiguration {

    @Bean("baseClock")
    MutableClock mutableClock() {
        return new MutableClock();
    }
}
