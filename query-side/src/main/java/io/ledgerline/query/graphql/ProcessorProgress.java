package io.ledgerline.query.graphql;

import java.util.Collection;
import java.util.Collections;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;

/** Whether a processing group has handled the event at a global position, judged from the segments held here. */
@Component
class ProcessorProgress {

    private final EventProcessingConfiguration processing;

    ProcessorProgress(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    boolean hasProcessed(String processor, long position) {
        if (position < 0) {
            return true;
        }
        Collection<EventTrackerStatus> segments = processing.eventProcessor(processor, StreamingEventProcessor.class)
                .map(p -> p.processingStatus().values()).orElse(Collections.emptyList());
        double held = segments.stream().mapToDouble(status -> 1.0 / (status.getSegment().getMask() + 1)).sum();
        if (held < 0.999) {
            return false; // some segments run on another node: this node cannot tell
        }
        TrackingToken target = GapAwareTrackingToken.newInstance(position, Collections.emptySet());
        return segments.stream().allMatch(status -> status.getTrackingToken() != null
                && status.getTrackingToken().covers(target));
    }
}
