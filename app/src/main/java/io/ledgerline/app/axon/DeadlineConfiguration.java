package io.ledgerline.app.axon;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.serializer.JacksonSerializer;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.DeadlineMessage;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * Deadlines (ORD-6 payment timeout, ORD-11 auto-completion, ORD-12 escalation) are rows of db-scheduler's
 * {@code scheduled_tasks} table in PostgreSQL: a deadline set before a restart fires after it, and in a cluster
 * it fires on one node (D56). What a deadline decides is recorded as done by the system ({@link DeadlineActor}).
 * (The {@code DeadlineManager} that handlers get puts this one behind the simulator's own deadlines, which are
 * handled the same way; see {@code io.ledgerline.app.simulator.time}.)
 */
@Configuration(proxyBeanMethods = false)
public class DeadlineConfiguration {

    /** How often each node looks for due deadlines: a due deadline fires within about a second. */
    private static final Duration POLLING_INTERVAL = Duration.ofSeconds(1);
    /** Deadline handlers are short database work; two threads keep up without crowding a small machine. */
    private static final int THREADS = 2;
    /** How long a stop waits for deadlines being handled, then again after interrupting them. */
    private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(10);
    /**
     * A node marks the deadlines it is handling this often; one whose marks stop for six intervals (its node died
     * or was cut off mid-way) is handled again by whichever node sees it.
     */
    private static final Duration HEARTBEAT = Duration.ofSeconds(30);

    /**
     * Reaches the database through a transaction-aware proxy: a deadline scheduled inside a command's Spring
     * transaction is inserted on that transaction's connection, so it commits or rolls back with the command.
     * Elsewhere (the scheduler's own polling) each statement gets a pooled connection and commits on its own.
     * Started by {@link DeadlinePolling}, stopped by Axon's shutdown through the deadline manager.
     */
    @Bean
    Scheduler deadlineScheduler(DataSource dataSource, ObjectProvider<DbSchedulerDeadlineManager> deadlines) {
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource),
                        DbSchedulerDeadlineManager.humanReadableTask(deadlines::getObject))
                .serializer(new JacksonSerializer())
                .jdbcCustomization(new JsonTaskData())
                .pollingInterval(POLLING_INTERVAL)
                .threads(THREADS)
                .shutdownMaxWait(SHUTDOWN_WAIT)
                .heartbeatInterval(HEARTBEAT)
                .build();
    }

    /**
     * Axon's db-scheduler deadline manager with its human-readable task: the table holds the deadline's name,
     * scope and payload as JSON. Axon stops the scheduler first thing when it shuts down, while commands still
     * work and long before the DataSource closes; starting waits for {@link DeadlinePolling}.
     */
    @Bean
    DbSchedulerDeadlineManager durableDeadlineManager(Scheduler deadlineScheduler,
                                                      org.axonframework.config.Configuration axon,
                                                      TransactionManager transactionManager, Serializer serializer) {
        DbSchedulerDeadlineManager deadlines = DbSchedulerDeadlineManager.builder()
                .scheduler(deadlineScheduler)
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(axon))
                .transactionManager(transactionManager)
                .serializer(serializer)
                .useBinaryPojo(false)
                .startScheduler(false)
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
}
