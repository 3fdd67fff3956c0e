package io.ledgerline.reporting.logistics;

import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/** Like the sales rollups: a day's exception counts are hot rows, applied by one segment so they never deadlock. */
@Configuration(proxyBeanMethods = false)
class LogisticsRollupProcessing {

    @Autowired
    void oneSegment(EventProcessingConfigurer processing) {
        processing.registerPooledStreamingEventProcessorConfiguration(LogisticsProjection.PROCESSING_GROUP,
                (configuration, builder) -> builder.initialSegmentCount(1));
    }
}
