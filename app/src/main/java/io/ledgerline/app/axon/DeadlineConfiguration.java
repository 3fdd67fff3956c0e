package io.ledgerline.app.axon;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.quartz.QuartzDeadlineManager;
import org.axonframework.serialization.Serializer;
import org.quartz.Scheduler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Deadlines (ORD-6 payment timeout, ORD-11 auto-completion, ORD-12 escalation) are Quartz jobs in
 * PostgreSQL: a deadline set before a restart fires after it, and in a cluster it fires on one node.
 */
@Configuration(proxyBeanMethods = false)
public class DeadlineConfiguration {

    @Bean
    DeadlineManager deadlineManager(Scheduler scheduler, org.axonframework.config.Configuration axon,
                                    TransactionManager transactionManager, Serializer serializer) {
        return QuartzDeadlineManager.builder()
                .scheduler(scheduler)
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(axon))
                .transactionManager(transactionManager)
                .serializer(serializer)
                .build();
    }
}
