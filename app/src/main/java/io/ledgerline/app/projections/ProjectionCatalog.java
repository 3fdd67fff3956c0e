package io.ledgerline.app.projections;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.stereotype.Component;

/**
 * The projections of this application: every streaming event processor whose handlers are event handlers
 * (one processing group each, as Axon assigns them by default). Saga processors are not projections: replaying
 * a saga would send its commands again, so they are neither listed nor rebuilt.
 */
@Component
class ProjectionCatalog {

    private final EventProcessingConfiguration processing;

    ProjectionCatalog(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    /** By name, in name order. */
    Map<String, AbstractEventProcessor> projections() {
        Map<String, AbstractEventProcessor> projections = new TreeMap<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (isProjection(processor)) {
                projections.put(name, (AbstractEventProcessor) processor);
            }
        });
        return projections;
    }

    Optional<AbstractEventProcessor> projection(String name) {
        return Optional.ofNullable(projections().get(name));
    }

    /** The group's invokers: one per processing group the processor serves. */
    static List<EventHandlerInvoker> invokers(AbstractEventProcessor processor) {
        EventHandlerInvoker invoker = processor.eventHandlerInvoker();
        return invoker instanceof MultiEventHandlerInvoker multi ? multi.delegates() : List.of(invoker);
    }

    private static boolean isProjection(EventProcessor processor) {
        return processor instanceof StreamingEventProcessor && processor instanceof AbstractEventProcessor events
                && !invokers(events).isEmpty()
                && invokers(events).stream().allMatch(SimpleEventHandlerInvoker.class::isInstance);
    }
}
