package io.ledgerline.command.saga;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * How the sagas' processors run.
 *
 * <p>Few segments: Axon splits saga <em>instances</em> over segments, so every segment sees every event a saga
 * type handles, looks up the sagas associated with it, and commits its token. With Axon's default of 16 segments,
 * each order event cost sixteen transactions in the fulfilment saga alone, the top item of the profile; two
 * segments keep the two cores busy at an eighth of that.
 *
 * <p>Batches of events in one transaction, like the projections: a commit (a disk flush) per event and segment was
 * what the saga's threads spent most of their time waiting for. Sagas send their commands as units of work of their
 * own ({@link SagaCommands}), so a batch holds no aggregate's lock; a batch that fails is handled again, and the
 * commands it had sent are idempotent.
 */
@Configuration(proxyBeanMethods = false)
class SagaProcessing {

    static final String ORDER_FULFILMENT = "OrderFulfilmentSagaProcessor";
    static final String REFUND_PROCESS = "RefundProcessSagaProcessor";
    private static final int SEGMENTS = 4;
    private static final int BATCH_SIZE = 20;

    @Autowired
    void fewSegments(EventProcessingConfigurer processing) {
        for (String saga : new String[] {ORDER_FULFILMENT, REFUND_PROCESS}) {
            processing.registerPooledStreamingEventProcessorConfiguration(saga, (configuration, builder) -> builder
                    .batchSize(BATCH_SIZE)
                    .initialSegmentCount(SEGMENTS)
                    .workerExecutor(name -> {
                        ScheduledExecutorService workers = Executors.newScheduledThreadPool(SEGMENTS,
                                new AxonThreadFactory("WorkPackage[" + name + "]"));
                        configuration.onShutdown(workers::shutdown);
                        return workers;
                    }));
        }
    }
}
