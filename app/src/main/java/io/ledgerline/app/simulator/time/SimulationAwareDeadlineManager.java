package io.ledgerline.app.simulator.time;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.axonframework.common.Registration;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.deadline.GenericDeadlineMessage;
import org.axonframework.messaging.DefaultInterceptorChain;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.ScopeAwareProvider;
import org.axonframework.messaging.ScopeDescriptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;

/**
 * The deadline manager handlers get. A deadline set by live work goes to the durable one (db-scheduler). A
 * deadline set by a simulator's step is due in simulated time, usually long before the real now, so
 * the durable one would fire it at once, racing the simulator's next steps for the same order (a payment timeout
 * firing before the simulated customer pays three simulated minutes after placing). Such a deadline is
 * handed to the simulator instead, which delivers it ({@link #deliver}) when the order's simulated time
 * reaches it, in order with the order's other steps; one still ahead when the run ends goes to the durable one
 * ({@link #handOver}) and fires for real.
 *
 * <p>Ledgerline never cancels deadlines (every deadline handler checks that its moment still matters), so
 * cancellations go to the durable one only.
 */
public class SimulationAwareDeadlineManager implements DeadlineManager {

    private final DeadlineManager durable;
    private final SimulatedTime time;
    private final ScopeAwareProvider scopes;
    private final TransactionManager transactionManager;
    private final List<MessageDispatchInterceptor<? super DeadlineMessage<?>>> dispatchInterceptors;
    private final List<MessageHandlerInterceptor<? super DeadlineMessage<?>>> handlerInterceptors;

    /**
     * {@code dispatchInterceptors} and {@code handlerInterceptors} are the ones the durable manager applies, so a
     * simulated deadline is set and handled as a real one is.
     */
    public SimulationAwareDeadlineManager(DeadlineManager durable, SimulatedTime time, ScopeAwareProvider scopes,
                                          TransactionManager transactionManager,
                                          List<MessageDispatchInterceptor<? super DeadlineMessage<?>>> dispatchInterceptors,
                                          List<MessageHandlerInterceptor<? super DeadlineMessage<?>>> handlerInterceptors) {
        this.durable = durable;
        this.time = time;
        this.scopes = scopes;
        this.transactionManager = transactionManager;
        this.dispatchInterceptors = List.copyOf(dispatchInterceptors);
        this.handlerInterceptors = List.copyOf(handlerInterceptors);
    }

    @Override
    public String schedule(Instant triggerDateTime, String deadlineName, Object messageOrPayload,
                           ScopeDescriptor deadlineScope) {
        Optional<Consumer<PendingDeadline>> simulation = time.deadlinesOfCurrentStep();
        if (simulation.isEmpty()) {
            return durable.schedule(triggerDateTime, deadlineName, messageOrPayload, deadlineScope);
        }
        DeadlineMessage<?> message = GenericDeadlineMessage.asDeadlineMessage(deadlineName, messageOrPayload,
                triggerDateTime);
        for (MessageDispatchInterceptor<? super DeadlineMessage<?>> interceptor : dispatchInterceptors) {
            message = (DeadlineMessage<?>) interceptor.handle(message);
        }
        PendingDeadline deadline = new PendingDeadline(message, deadlineScope);
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> simulation.get().accept(deadline));
        } else {
            simulation.get().accept(deadline);
        }
        return message.getIdentifier();
    }

    /** Due {@code triggerDuration} after the work's own time: simulated for simulated work. */
    @Override
    public String schedule(Duration triggerDuration, String deadlineName, Object messageOrPayload,
                           ScopeDescriptor deadlineScope) {
        Optional<Instant> simulatedNow = time.now();
        if (simulatedNow.isEmpty()) {
            return durable.schedule(triggerDuration, deadlineName, messageOrPayload, deadlineScope);
        }
        return schedule(simulatedNow.get().plus(triggerDuration), deadlineName, messageOrPayload, deadlineScope);
    }

    /**
     * Delivers a simulated deadline to its aggregate now, as the durable one would: in a unit of work and
     * transaction of its own, through the same handler interceptors.
     */
    public void deliver(PendingDeadline deadline) {
        DefaultUnitOfWork<DeadlineMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(deadline.message());
        unitOfWork.attachTransaction(transactionManager);
        InterceptorChain chain = new DefaultInterceptorChain<>(unitOfWork, handlerInterceptors, message -> {
            for (var component : scopes.provideScopeAwareStream(deadline.scope())
                    .filter(candidate -> candidate.canResolve(deadline.scope())).toList()) {
                component.send(message, deadline.scope());
            }
            return null;
        });
        ResultMessage<?> result = unitOfWork.executeWithResult(chain::proceed);
        if (result.isExceptional()) {
            throw new IllegalStateException("deadline " + deadline.message().getDeadlineName() + " for "
                    + deadline.scope().scopeDescription() + " failed", result.exceptionResult());
        }
    }

    /** Schedules a simulated deadline that is still due to the durable manager, where it fires for real (and survives restarts). */
    public void handOver(PendingDeadline deadline) {
        durable.schedule(deadline.trigger(), deadline.message().getDeadlineName(), deadline.message(),
                deadline.scope());
    }

    @Override
    public void cancelSchedule(String deadlineName, String scheduleId) {
        durable.cancelSchedule(deadlineName, scheduleId);
    }

    @Override
    public void cancelAll(String deadlineName) {
        durable.cancelAll(deadlineName);
    }

    @Override
    public void cancelAllWithinScope(String deadlineName, ScopeDescriptor scope) {
        durable.cancelAllWithinScope(deadlineName, scope);
    }

    @Override
    public Registration registerDispatchInterceptor(
            MessageDispatchInterceptor<? super DeadlineMessage<?>> dispatchInterceptor) {
        return durable.registerDispatchInterceptor(dispatchInterceptor);
    }

    @Override
    public Registration registerHandlerInterceptor(
            MessageHandlerInterceptor<? super DeadlineMessage<?>> handlerInterceptor) {
        return durable.registerHandlerInterceptor(handlerInterceptor);
    }

    @Override
    public void shutdown() {
        durable.shutdown();
    }
}
