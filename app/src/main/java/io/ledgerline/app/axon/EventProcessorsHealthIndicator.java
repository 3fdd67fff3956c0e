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
 * has a segment in error; shows per processor its status and the position of each segment it holds here.
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
                Map<String, Object> segments = new LinkedHashMap<>();
                streaming.processingStatus().forEach((segment, status) -> segments.put("segment-" + segment,
                        status.isErrorState() ? "error: " + status.getError().getMessage()
                                : status.getCurrentPosition().stream().mapToObj(Long::toString).findFirst().orElse("start")));
                details.put("segments", segments);
                processorHealthy &= streaming.processingStatus().values().stream().noneMatch(s -> s.isErrorState());
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
