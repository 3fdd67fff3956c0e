package io.ledgerline.query.audit;

import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;

/**
 * The sealer's processor: pooled like every processor (its token in the JDBC token store), but with a single
 * segment, because a chain has one end to append to; a node that claims it seals for all. Events are sealed
 * in batches of {@value #BATCH_SIZE} per transaction to keep up with a busy store.
 */
@Configuration(proxyBeanMethods = false)
class AuditSealerConfiguration {

    static final int BATCH_SIZE = 100;

    @Autowired
    void sealInOneSegment(EventProcessingConfigurer processing) {
        processing.registerPooledStreamingEventProcessorConfiguration(AuditSealer.PROCESSING_GROUP,
                (configuration, builder) -> builder.initialSegmentCount(1).batchSize(BATCH_SIZE));
    }
}
