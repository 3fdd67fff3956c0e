package io.ledgerline.app.projections;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * Every processing group of event handlers gets a dead-letter queue (sagas are not event-handler groups and
 * keep the plain error handling). An event whose handler fails is parked there, with its cause, and the
 * processor goes on with the next events; later events of the same aggregate are parked behind it, in order,
 * until an admin retries them ({@code retryDeadLetters}). Each event runs under a savepoint
 * ({@link EventSavepoints}), so a failed event leaves nothing half-written.
 */
@Configuration(proxyBeanMethods = false)
class DeadLetterConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterConfiguration.class);

    @Autowired
    void configureDeadLetters(EventProcessingConfigurer processing, DeadLetterQueues queues, EventSavepoints savepoints) {
        processing.registerDeadLetterQueueProvider(group -> configuration -> queues.forGroup(group))
                .registerDefaultDeadLetterPolicy(configuration -> loggingPolicy())
                .registerDefaultHandlerInterceptor((configuration, processorName) -> savepoints);
    }

    /** Parks every failed event (its cause truncated to the table's column) and says so in the log. */
    static EnqueuePolicy<EventMessage<?>> loggingPolicy() {
        return (letter, cause) -> {
            EventMessage<?> event = letter.message();
            String aggregate = event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : "-";
            log.warn("Dead-lettered {} {} of aggregate {}: {}", event.getPayloadType().getSimpleName(),
                    event.getIdentifier(), aggregate, cause.toString());
            return Decisions.enqueue(ThrowableCause.truncated(cause));
        };
    }
}
