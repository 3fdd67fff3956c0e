package io.ledgerline.reporting;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Reporting's settings, and the clock that says which day is "today" (the application's clock when there is one). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReportingProperties.class)
class ReportingConfiguration {

    @Bean
    ReportingClock reportingClock(ObjectProvider<Clock> clock, ReportingProperties properties) {
        return new ReportingClock(clock.getIfAvailable(Clock::systemUTC), properties.zone());
    }
}
