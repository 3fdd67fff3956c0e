package io.ledgerline.app.projections;

import java.util.Collection;
import java.util.OptionalLong;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.stereotype.Component;

/**
 * How far a processor has come: the lowest position over its segments (a pooled processor moves every segment
 * past the events of the others, so the lowest is the whole processor's). Read from the processor itself when
 * this node holds all its segments (up to the moment), else from the token store (whichever nodes hold them;
 * an idle segment stores its position every few seconds).
 */
@Component
class ProcessorPositions {

    private final ProcessorTokens tokens;

    ProcessorPositions(ProcessorTokens tokens) {
        this.tokens = tokens;
    }

    OptionalLong of(StreamingEventProcessor processor) {
        OptionalLong local = heldHere(processor);
        return local.isPresent() ? local : tokens.position(processor.getName());
    }

    /** The position, if this node holds every segment of the processor and none is in error. */
    static OptionalLong heldHere(StreamingEventProcessor processor) {
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        double held = segments.stream().mapToDouble(status -> 1.0 / (status.getSegment().getMask() + 1)).sum();
        if (held < 0.999 || segments.stream().anyMatch(EventTrackerStatus::isErrorState)) {
            return OptionalLong.empty();
        }
        return segments.stream().mapToLong(status -> status.getCurrentPosition().orElse(0)).min();
    }
}
