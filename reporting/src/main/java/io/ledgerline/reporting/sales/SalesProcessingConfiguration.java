package io.ledgerline.reporting.sales;

import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/** The sales projection's events are sequenced per order, refund completions included (D42). */
@Configuration(proxyBeanMethods = false)
class SalesProcessingConfiguration {

    @Autowired
    void sequenceByOrder(EventProcessingConfigurer processing) {
        processing.registerSequencingPolicy(SalesProjection.PROCESSING_GROUP, configuration -> SalesSequencingPolicy.INSTANCE);
    }
}
