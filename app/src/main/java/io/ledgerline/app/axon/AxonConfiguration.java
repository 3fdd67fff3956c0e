package io.ledgerline.app.axon;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon wiring shared by every side: how messages are serialized and how event processors run.
 * The event, token, saga and dead-letter stores themselves are Axon's JDBC ones on PostgreSQL, on tables
 * that Flyway creates.
 */
@Configuration(proxyBeanMethods = false)
public class AxonConfiguration {

    /**
     * The Jackson 2 mapper behind Axon's JSON serializer (Axon 4 does not speak Jackson 3). Dates are
     * stored as ISO-8601 text so the stored events read well in the audit log; unknown properties are
     * ignored so an older reader survives a field added to an event.
     */
    @Bean("defaultAxonObjectMapper")
    ObjectMapper defaultAxonObjectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /**
     * Every processing group runs as a pooled streaming processor, so its segments can be split across
     * nodes. A handler that fails does not skip its event (Axon's default only logs it): the error goes up,
     * to the projection's dead-letter queue ({@code projections.DeadLetterConfiguration}), or for a saga to
     * the processor, which retries the segment with back-off and reports it in /actuator/health.
     *
     * <p>Processors read the event store through {@link WakingEventSource}, and handle what is waiting in batches of
     * up to {@code ledgerline.processors.batch-size} events in one transaction (one commit and one token update
     * a batch instead of one an event; a batch never waits to fill up), on {@code ledgerline.processors.threads}
     * worker threads each (Axon's default is four). Each busy worker holds a database connection: ten processors
     * with four workers each starved the connection pool, and the profile showed every thread waiting for a
     * connection (57 s of waits in a 50 s run). A new processor starts with {@code ledgerline.processors.segments}
     * segments (Axon's default is sixteen): the coordinator checks every segment's queue for every event it reads,
     * which was a tenth of the processors' CPU with sixteen; four still let four nodes share a projection.
     */
    @Autowired
    void configureEventProcessing(EventProcessingConfigurer processing, ObjectProvider<WakingEventSource> events,
                                  @Value("${ledgerline.processors.batch-size:100}") int batchSize,
                                  @Value("${ledgerline.processors.threads:2}") int threads,
                                  @Value("${ledgerline.processors.segments:4}") int segments) {
        processing.usingPooledStreamingEventProcessors((configuration, builder) -> builder
                        .messageSource(events.getObject())
                        .batchSize(batchSize)
                        .initialSegmentCount(segments)
                        .workerExecutor(name -> {
                            ScheduledExecutorService workers = Executors.newScheduledThreadPool(threads,
                                    new AxonThreadFactory("WorkPackage[" + name + "]"));
                            configuration.onShutdown(workers::shutdown);
                            return workers;
                        }))
                .registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance());
    }
}
