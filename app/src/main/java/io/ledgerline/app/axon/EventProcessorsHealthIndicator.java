package io.ledgerline.app.axon;

import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/health} component {@code eventProcessors}: DOWN when a processor is not running or
 * has a segment in error; shows per processor its status, the segments this node holds and the lowest
 * position among them.
 */
@Component("eventProcessors")
class EventProcessorsHealthIndicator extends AbstractHealthIndicator {

    private final EventProcessingConfiguration processing;

    EventProcessorsHealthIndicator(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        boolean healthy = true;
        for (Map.Entry<String, EventProcessor> entry : processing.eventProcessors().entrySet()) {
            EventProcessor processor = entry.getValue();
            Map<String, Object> details = new LinkedHashMap<>();
            boolean processorHealthy = processor.isRunning() && !processor.isError();
            details.put("status", processor.isRunning() ? (processor.isError() ? "ERROR" : "RUNNING") : "STOPPED");
            if (processor instanceof StreamingEventProcessor streaming) {
                var segments = streaming.processingStatus().values();
                details.put("segmentsClaimedHere", segments.size());
                segments.stream().filter(status -> status.isErrorState()).findFirst()
                        .ifPresent(failed -> details.put("error", failed.getError().getMessage()));
                segments.stream().map(status -> status.getCurrentPosition()).filter(p -> p.isPresent())
                        .mapToLong(p -> p.getAsLong()).min().ifPresent(position -> details.put("position", position));
                processorHealthy &= segments.stream().noneMatch(status -> status.isErrorState());
            }
            healthy &= processorHealthy;
            builder.withDetail(entry.getKey(), details);
        }
        if (healthy) {
            builder.up();
        } else {
            builder.down();
        }
    }
}
