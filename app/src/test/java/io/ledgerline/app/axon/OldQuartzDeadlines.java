package io.ledgerline.app.axon;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Properties;
import javax.sql.DataSource;
import org.axonframework.config.Configuration;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.deadline.quartz.QuartzDeadlineManager;
import org.axonframework.modelling.command.AggregateScopeDescriptor;
import org.axonframework.serialization.Serializer;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;

/**
 * Deadlines set as the Quartz version of Ledgerline set them: Axon's Quartz deadline manager on Quartz's clustered
 * JDBC job store, in the test database's qrtz_ tables. The Quartz scheduler is never started, so nothing fires.
 */
final class OldQuartzDeadlines implements AutoCloseable {

    private static final String NAME = "ledgerline-old-version";

    private final Scheduler quartz;
    private final QuartzDeadlineManager deadlines;

    OldQuartzDeadlines(DataSource dataSource, Configuration axon, Serializer serializer) throws SchedulerException {
        DBConnectionManager.getInstance().addConnectionProvider(NAME, new ConnectionProvider() {
            @Override
            public Connection getConnection() throws SQLException {
                return dataSource.getConnection();
            }

            @Override
            public void shutdown() {
            }

            @Override
            public void initialize() {
            }
        });
        Properties settings = new Properties();
        settings.setProperty("org.quartz.scheduler.instanceName", NAME);
        settings.setProperty("org.quartz.scheduler.instanceId", "AUTO");
        settings.setProperty("org.quartz.threadPool.threadCount", "1");
        settings.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        settings.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        settings.setProperty("org.quartz.jobStore.isClustered", "true");
        settings.setProperty("org.quartz.jobStore.dataSource", NAME);
        quartz = new StdSchedulerFactory(settings).getScheduler();
        deadlines = QuartzDeadlineManager.builder()
                .scheduler(quartz)
                .scopeAwareProvider(new ConfigurationScopeAwareProvider(axon))
                .serializer(serializer)
                .build();
    }

    /** An order's ORD-6 payment timeout, due at {@code due}; answers its Quartz job name. */
    String paymentTimeout(String orderId, Instant due) {
        return deadlines.schedule(due, PendingDeadlines.PAYMENT_TIMEOUT, null, new AggregateScopeDescriptor("Order", orderId));
    }

    @Override
    public void close() throws SchedulerException {
        quartz.shutdown();
    }
}
