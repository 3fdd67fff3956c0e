package io.ledgerline.app.simulator.time;

import io.ledgerline.app.axon.AuditMetadata;
import io.ledgerline.app.axon.DeadlineConfiguration;
import java.time.Clock;
import java.util.Map;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Time as handlers and Axon see it: real, except for the work of a running simulation (see
 * {@link SimulatedTime}). Three places tell the time, and each is made simulation-aware here: the
 * {@link Clock} command handlers are given (business instants in the events), the clock Axon stamps events
 * and deadline messages with, and the deadline manager (when a deadline is due).
 */
@Configuration(proxyBeanMethods = false)
public class SimulatedTimeConfiguration {

    @Bean
    SimulatedTime simulatedTime() {
        return new SimulatedTime();
    }

    /** Wraps the clock named {@code baseClock} when there is one (tests move theirs), else the system clock. */
    @Bean
    @Primary
    SimulationAwareClock simulationAwareClock(@Qualifier("baseClock") ObjectProvider<Clock> base, SimulatedTime time) {
        return new SimulationAwareClock(base.getIfAvailable(Clock::systemUTC), time);
    }

    /**
     * A command a saga sends while it handles a simulated event runs as a unit of work of its own, away from that
     * event; so the command takes the event's simulated instant along in its metadata ({@link SimulatedTime#now}).
     * (A deadline is handled in its own unit of work already: the events it causes carry no such key.)
     */
    @Bean
    CorrelationDataProvider simulatedInstantOfSagaCommands() {
        return message -> message instanceof EventMessage<?> event && !(message instanceof DeadlineMessage<?>)
                && Boolean.TRUE.equals(event.getMetaData().get(AuditMetadata.SIMULATED))
                ? Map.of(AuditMetadata.SIMULATED_AT, event.getTimestamp().toString())
                : Map.of();
    }

    @Bean
    EventTimestamps eventTimestamps(SimulatedTime time) {
        return new EventTimestamps(time);
    }

    @Bean
    @Primary
    SimulationAwareDeadlineManager deadlineManager(DbSchedulerDeadlineManager durableDeadlineManager,
                                                   SimulatedTime time, org.axonframework.config.Configuration axon,
                                                   TransactionManager transactionManager) {
        return new SimulationAwareDeadlineManager(durableDeadlineManager, time, new ConfigurationScopeAwareProvider(axon),
                transactionManager, DeadlineConfiguration.dispatchInterceptors(),
                DeadlineConfiguration.handlerInterceptors(axon));
    }

    /**
     * Axon stamps events with a static clock. It becomes simulation-aware over the real system clock (not a
     * test's movable clock: event timestamps drive Axon's gap detection, which must see real time) and is
     * put back when the application stops.
     */
    static final class EventTimestamps implements DisposableBean {

        private final Clock previous;

        EventTimestamps(SimulatedTime time) {
            previous = GenericEventMessage.clock;
            GenericEventMessage.clock = new SimulationAwareClock(Clock.systemUTC(), time);
        }

        @Override
        public void destroy() {
            GenericEventMessage.clock = previous;
        }
    }
}
