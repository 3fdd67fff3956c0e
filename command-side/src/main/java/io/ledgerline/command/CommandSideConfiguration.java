package io.ledgerline.command;

import io.ledgerline.command.order.OrderSettings;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans the command side's handlers are given. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OrderSettings.class)
public class CommandSideConfiguration {

    /** The time aggregates stamp their decisions with; a test or the simulator may supply another. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
