package io.ledgerline.app.axon;

import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.config.Configuration;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * The command bus, and the metadata every message carries (SEC-1, AUD-1).
 *
 * <p>Each command runs in its own transaction ({@code REQUIRES_NEW}). A saga handles an event inside
 * its processor's transaction and sends commands from there; joining that transaction would let one
 * refused command mark the whole batch rollback-only, and the saga would retry it forever. Commands sent
 * by sagas are idempotent, so a saga batch that is retried after its commands committed is harmless.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
public class CommandBusConfiguration {

    @Bean
    @Qualifier("localSegment")
    SimpleCommandBus commandBus(PlatformTransactionManager transactionManager, Configuration axon,
                                ActorMetadataInterceptor actorMetadata) {
        DefaultTransactionDefinition ownTransaction = new DefaultTransactionDefinition(
                TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        SimpleCommandBus commandBus = SimpleCommandBus.builder()
                .transactionManager(new SpringTransactionManager(transactionManager, ownTransaction))
                .messageMonitor(axon.messageMonitor(org.axonframework.commandhandling.CommandBus.class, "commandBus"))
                .build();
        commandBus.registerDispatchInterceptor(actorMetadata);
        commandBus.registerHandlerInterceptor(new CorrelationDataInterceptor<>(axon.correlationDataProviders()));
        return commandBus;
    }

    /**
     * {@code correlationId}: the id of the request that started a chain of messages; {@code causationId}: the
     * id of the message that directly caused this one. (Axon's own names are "traceId" and "correlationId".)
     */
    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider(AuditMetadata.CAUSATION_ID, AuditMetadata.CORRELATION_ID);
    }

    /**
     * Who acted travels from a command to its events, and on to the commands and events they cause; so does
     * the simulator's mark, so that what a saga or a deadline does for a simulated order is marked too.
     */
    @Bean
    CorrelationDataProvider actorCorrelationProvider() {
        return new SimpleCorrelationDataProvider(AuditMetadata.ACTOR, AuditMetadata.ROLE, DeadlineActor.SCHEDULED_BY,
                AuditMetadata.SIMULATED, AuditMetadata.SIMULATION_RUN);
    }
}
