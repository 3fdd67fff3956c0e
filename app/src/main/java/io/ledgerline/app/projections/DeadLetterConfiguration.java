package io.ledgerline.app.projections;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;

/**
 * Every processing group of event handlers gets a dead-letter queue (sagas are not event-handler groups and
 * keep the plain error handling). An event whose handler fails is parked there, with its cause, and the
 * processor goes on with the next events; later events of the same aggregate are parked behind it, in order,
 * until an admin retries them ({@code retryDeadLetters}). A failed event leaves nothing half-written: a batch
 * that fails without savepoints is rolled back and handled again with one per event ({@link EventSavepoints}).
 * <p>
 * A transient failure ({@link TransientFailures}: a deadlock, a lost connection ...) is not parked at first:
 * the batch is rolled back and handled again after the processor's back-off, up to
 * {@code ledgerline.projections.transient-retries} times in a row, and only then parked.
 */
@Configuration(proxyBeanMethods = false)
class DeadLetterConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterConfiguration.class);

    @Autowired
    void configureDeadLetters(EventProcessingConfigurer processing, DeadLetterQueues queues, EventSavepoints savepoints,
                              @Value("${ledgerline.projections.transient-retries:8}") int transientRetries) {
        processing.registerDeadLetterQueueProvider(group -> configuration -> queues.forGroup(group))
                .registerDefaultDeadLetterPolicy(configuration -> policy(new TransientRetries(transientRetries), savepoints))
                .registerDefaultHandlerInterceptor((configuration, processorName) -> savepoints);
    }

    /**
     * Retries a transient failure by failing the batch (while retries are left), parks every other failed event
     * (its cause truncated to the table's column), and says which in the log. A dead letter an admin retries
     * that fails again stays parked, whatever the cause: the admin's retry reports it.
     */
    static EnqueuePolicy<EventMessage<?>> policy(TransientRetries retries, EventSavepoints savepoints) {
        return (letter, cause) -> {
            EventMessage<?> event = letter.message();
            String aggregate = event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : "-";
            String name = event.getPayloadType().getSimpleName();
            if (!retryingDeadLetter() && TransientFailures.isTransient(cause)) {
                int retry = retries.nextRetry(event.getIdentifier());
                if (retry <= retries.limit()) {
                    log.warn("Transient failure on {} {} of aggregate {}: {}; rolling back the batch, retry {} of {} "
                                    + "after the processor's back-off", name, event.getIdentifier(), aggregate, cause,
                            retry, retries.limit());
                    throw new TransientProjectionFailure("transient failure on " + name + " " + event.getIdentifier()
                            + ", the batch is retried", cause);
                }
                log.warn("{} {} failed transiently {} times in a row: parking it", name, event.getIdentifier(), retries.limit());
            }
            if (!savepoints.currentEventIsolated()) {
                savepoints.isolateNextTime();
                log.warn("{} {} of aggregate {} failed in a batch run without savepoints: {}; rolling back the batch to "
                        + "handle it again with a savepoint per event", name, event.getIdentifier(), aggregate, cause.toString());
                throw new TransientProjectionFailure("failure on " + name + " " + event.getIdentifier()
                        + " in an optimistic batch, the batch is retried one savepoint per event", cause);
            }
            retries.forget(event.getIdentifier());
            log.warn("Dead-lettered {} {} of aggregate {}: {}", name, event.getIdentifier(), aggregate, cause.toString());
            return Decisions.enqueue(ThrowableCause.truncated(cause));
        };
    }

    /** Axon puts the dead letter being retried among the resources of the unit of work that retries it. */
    private static boolean retryingDeadLetter() {
        return CurrentUnitOfWork.isStarted() && CurrentUnitOfWork.get().resources().containsKey(DeadLetter.class.getName());
    }
}
