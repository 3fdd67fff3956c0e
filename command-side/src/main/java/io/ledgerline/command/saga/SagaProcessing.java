package io.ledgerline.command.saga;

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
 * <p>One event per transaction. A saga sends its commands from inside its processor's unit of work, and Axon
 * releases the aggregate locks a nested command took only when that outer unit of work ends; with several events
 * in a batch, a saga thread would hold the locks of many stock items at once, and two threads meeting on the same
 * skus in another order would deadlock (seen with batches of 100 under load).
 */
@Configuration(proxyBeanMethods = false)
class SagaProcessing {

    static final String ORDER_FULFILMENT = "OrderFulfilmentSagaProcessor";
    static final String REFUND_PROCESS = "RefundProcessSagaProcessor";
    private static final int SEGMENTS = 2;

    @Autowired
    void fewSegmentsOneEventPerTransaction(EventProcessingConfigurer processing) {
        for (String saga : new String[] {ORDER_FULFILMENT, REFUND_PROCESS}) {
            processing.registerPooledStreamingEventProcessorConfiguration(saga,
                    (configuration, builder) -> builder.batchSize(1).initialSegmentCount(SEGMENTS));
        }
    }
}
