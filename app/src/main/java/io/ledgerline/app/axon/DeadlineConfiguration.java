package io.ledgerline.app.axon;

import java.util.List;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.deadline.quartz.QuartzDeadlineManager;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.serialization.Serializer;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Deadlines (ORD-6 payment timeout, ORD-11 auto-completion, ORD-12 escalation) are Quartz jobs in
 * PostgreSQL: a deadline set before a restart fires after it, and in a cluster it fires on one node.
 * What a deadline decides is recorded as done by the system ({@link DeadlineActor}). (The
 * {@code DeadlineManager} that handlers get puts this one behind the simulator's own deadlines, which are
 * handled the same way; see {@code io.ledgerline.app.simulator.time}.)
 */
@Configuration(proxyBeanMethods = false)
public class DeadlineConfiguration {

    @Bean
    QuartzDeadlineManager quartzDeadlineManager(Scheduler scheduler, org.axonframework.config.Configuration axon,
                                                TransactionManager transactionManager, Serializer serializer,
                                                JdbcClient jdbc)
            throws SchedulerException {
        createLockRows(jdbc, scheduler.getSchedulerName());
        QuartzDeadlineManager deadlines = QuartzDeadlineManager.builder()
                .scheduler(scheduler)
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(axon))
                .transactionManager(transactionManager)
                .serializer(serializer)
                .build();
        dispatchInterceptors().forEach(deadlines::registerDispatchInterceptor);
        handlerInterceptors(axon).forEach(deadlines::registerHandlerInterceptor);
        return deadlines;
    }

    /** How a deadline is set, wherever it is kept: with the scheduling message's correlation data. */
    public static List<MessageDispatchInterceptor<? super DeadlineMessage<?>>> dispatchInterceptors() {
        return List.of(DeadlineActor.carryCorrelation());
    }

    /**
     * How a deadline is handled, wherever it fires: as the system. A deadline runs in a unit of work of its own:
     * without the correlation data interceptor, its events would carry no metadata.
     */
    public static List<MessageHandlerInterceptor<? super DeadlineMessage<?>>> handlerInterceptors(
            org.axonframework.config.Configuration axon) {
        return List.of(DeadlineActor.actAsSystem(), new CorrelationDataInterceptor<>(axon.correlationDataProviders()));
    }

    /**
     * Quartz schedules inside the command's transaction and locks a row of {@code qrtz_locks} for it. When
     * that row does not exist yet, concurrent first schedules each try to insert it; the loser's failed
     * insert aborts the whole PostgreSQL transaction, Quartz retries on the aborted connection, and the
     * command's events were silently rolled back at commit (seen with 32 concurrent orders on a fresh
     * database). The rows are therefore created once, up front.
     */
    private static void createLockRows(JdbcClient jdbc, String schedulerName) {
        jdbc.sql("""
                        insert into qrtz_locks (sched_name, lock_name)
                        values (:name, 'TRIGGER_ACCESS'), (:name, 'STATE_ACCESS')
                        on conflict do nothing""")
                .param("name", schedulerName).update();
    }
}
