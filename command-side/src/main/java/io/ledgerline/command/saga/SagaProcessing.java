package io.ledgerline.command.saga;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * Sagas run one worker thread per segment: a saga mostly waits for the commits of the commands it sends, so
 * sixteen of them waiting at once commit together (PostgreSQL's group commit) instead of four at a time.
 *
 * <p>Sagas handle one event per transaction. A saga sends its commands from inside its processor's unit of work,
 * and Axon releases the aggregate locks a nested command took only when that outer unit of work ends; with
 * several events in a batch, one saga thread would hold the locks of many stock items at once, and two threads
 * meeting on the same skus in another order deadlock (seen with batches of 100 under load).
 */
@Configuration(proxyBeanMethods = false)
class SagaProcessing {

    static final String ORDER_FULFILMENT = "OrderFulfilmentSagaProcessor";
    static final String REFUND_PROCESS = "RefundProcessSagaProcessor";

    private static final int SEGMENTS = 16;

    @Autowired
    void oneEventPerTransaction(EventProcessingConfigurer processing) {
        for (String saga : new String[] {ORDER_FULFILMENT, REFUND_PROCESS}) {
            processing.registerPooledStreamingEventProcessorConfiguration(saga, (configuration, builder) -> {
                ScheduledExecutorService workers = Executors.newScheduledThreadPool(SEGMENTS,
                        new AxonThreadFactory("WorkPackage[" + saga + "]"));
                configuration.onShutdown(workers::shutdown);
                return builder.batchSize(1).initialSegmentCount(SEGMENTS).workerExecutor(workers);
            });
        }
    }
}
