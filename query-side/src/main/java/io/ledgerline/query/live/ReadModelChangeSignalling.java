package io.ledgerline.query.live;

import java.util.List;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * The read models that mutations read their own writes from (orders, stock, refunds) report every aggregate whose
 * event they handled to {@link ReadModelChanges}, after their transaction commits: a rolled-back batch wakes no one.
 */
@Configuration(proxyBeanMethods = false)
class ReadModelChangeSignalling {

    /** The processing groups of OrderViewProjection, InventoryViewProjection and RefundViewProjection. */
    private static final List<String> READ_MODELS = List.of("order-view", "inventory-view", "refund-view");

    @Autowired
    void signalAfterCommit(EventProcessingConfigurer processing, ReadModelChanges changes) {
        READ_MODELS.forEach(group -> processing.registerHandlerInterceptor(group, configuration -> new AfterCommit(changes)));
    }

    private record AfterCommit(ReadModelChanges changes) implements MessageHandlerInterceptor<EventMessage<?>> {

        @Override
        public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
            Object result = chain.proceed();
            if (unitOfWork.getMessage() instanceof DomainEventMessage<?> event) {
                String aggregateId = event.getAggregateIdentifier();
                unitOfWork.afterCommit(committed -> changes.changed(aggregateId));
            }
            return result;
        }
    }
}
