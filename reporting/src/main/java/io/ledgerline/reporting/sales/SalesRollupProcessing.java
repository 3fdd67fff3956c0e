package io.ledgerline.reporting.sales;

import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * The sales rollups are a few hot rows (a day's totals per channel and status, a day's product rows) that
 * every paid order updates. Several segments applying batches of events to them at once take those row
 * locks in different orders and deadlock (seen when a dense simulated year was rebuilt). One segment applies
 * them in order; on several nodes the segment moves to another node if its node stops (decision D42).
 */
@Configuration(proxyBeanMethods = false)
class SalesRollupProcessing {

    @Autowired
    void oneSegment(EventProcessingConfigurer processing) {
        processing.registerPooledStreamingEventProcessorConfiguration(SalesProjection.PROCESSING_GROUP,
                (configuration, builder) -> builder.initialSegmentCount(1));
    }
}
