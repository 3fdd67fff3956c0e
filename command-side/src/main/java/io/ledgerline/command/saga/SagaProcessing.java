package io.ledgerline.command.saga;

import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * Sagas handle one event per transaction. A saga sends its commands from inside its processor's unit of work,
 * and Axon releases the aggregate locks a nested command took only when that outer unit of work ends; with
 * several events in a batch, one saga thread would hold the locks of many stock items at once, and two threads
 * meeting on the same skus in another order deadlock (seen with batches of 100 under load).
 */
@Configuration(proxyBeanMethods = false)
class SagaProcessing {

    static final String ORDER_FULFILMENT = "OrderFulfilmentSagaProcessor";
    static final String REFUND_PROCESS = "RefundProcessSagaProcessor";

    @Autowired
    void oneEventPerTransaction(EventProcessingConfigurer processing) {
        for (String saga : new String[] {ORDER_FULFILMENT, REFUND_PROCESS}) {
            processing.registerPooledStreamingEventProcessorConfiguration(saga, (configuration, builder) -> builder.batchSize(1));
        }
    }
}
