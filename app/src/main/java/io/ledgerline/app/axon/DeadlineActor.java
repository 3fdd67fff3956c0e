package io.ledgerline.app.axon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * SEC-1 for deadlines (ORD-6 timeout, ORD-11 auto-completion, ORD-12 escalation): what a deadline
 * decides is done by the system, not by whoever set it off. A deadline is scheduled with the correlation
 * data of the message being handled (so its events stay in that request's chain), and handled as
 * {@value #ACTOR} with the role {@code SYSTEM}; {@value #SCHEDULED_BY} keeps the scheduling actor.
 */
final class DeadlineActor {

    static final String ACTOR = "system:deadlines";
    static final String SCHEDULED_BY = "scheduledBy";

    private DeadlineActor() {
    }

    /** Adds the scheduling message's correlation data (actor, role, correlation id) to a new deadline. */
    static MessageDispatchInterceptor<DeadlineMessage<?>> carryCorrelation() {
        return new MessageDispatchInterceptor<>() {
            @Override
            public BiFunction<Integer, DeadlineMessage<?>, DeadlineMessage<?>> handle(List<? extends DeadlineMessage<?>> messages) {
                return (index, deadline) -> CurrentUnitOfWork.isStarted()
                        ? deadline.andMetaData(CurrentUnitOfWork.get().getCorrelationData()) : deadline;
            }
        };
    }

    /** Handles a deadline as the system, naming who scheduled it. */
    static MessageHandlerInterceptor<DeadlineMessage<?>> actAsSystem() {
        return new MessageHandlerInterceptor<>() {
            @Override
            public Object handle(UnitOfWork<? extends DeadlineMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
                unitOfWork.transformMessage(deadline -> {
                    Map<String, Object> system = new HashMap<>();
                    Object scheduledBy = deadline.getMetaData().get(AuditMetadata.ACTOR);
                    if (scheduledBy != null) {
                        system.put(SCHEDULED_BY, scheduledBy);
                    }
                    system.put(AuditMetadata.ACTOR, ACTOR);
                    system.put(AuditMetadata.ROLE, "SYSTEM");
                    return deadline.andMetaData(system);
                });
                return chain.proceed();
            }
        };
    }
}
