package io.ledgerline.app.projections;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.stereotype.Component;

/** The status of every projection ({@code projections}), whichever nodes run it. */
@Component
public class ProjectionStatuses {

    private final ProjectionCatalog catalog;
    private final ProcessorTokens tokens;
    private final ProcessorPositions positions;
    private final ProjectionRebuilder rebuilder;
    private final DeadLetters deadLetters;

    ProjectionStatuses(ProjectionCatalog catalog, ProcessorTokens tokens, ProcessorPositions positions,
                       ProjectionRebuilder rebuilder, DeadLetters deadLetters) {
        this.catalog = catalog;
        this.tokens = tokens;
        this.positions = positions;
        this.rebuilder = rebuilder;
        this.deadLetters = deadLetters;
    }

    public List<ProjectionStatus> all() {
        long head = tokens.head();
        return catalog.projections().values().stream().map(processor -> status(processor, head)).toList();
    }

    public Optional<ProjectionStatus> of(String name) {
        long head = tokens.head();
        return catalog.projection(name).map(processor -> status(processor, head));
    }

    private ProjectionStatus status(AbstractEventProcessor processor, long head) {
        String name = processor.getName();
        OptionalLong position = positions.of((StreamingEventProcessor) processor);
        var progress = rebuilder.progress(name);
        return new ProjectionStatus(name,
                position.isPresent() ? String.valueOf(position.getAsLong()) : null,
                position.isPresent() ? String.valueOf(Math.max(0, head - position.getAsLong())) : null,
                state(processor),
                progress.isPresent() ? progress.getAsDouble() : null,
                deadLetters.count(name),
                deadLetters.oldestCause(name).orElse(null),
                rebuilder.lastOutcome(name).map(RebuildOutcome::describe).orElse(null));
    }

    private String state(AbstractEventProcessor processor) {
        if (rebuilder.rebuilding(processor.getName())) {
            return "REBUILDING";
        }
        if (!processor.isRunning()) {
            return "STOPPED";
        }
        var segments = ((StreamingEventProcessor) processor).processingStatus().values();
        if (processor.isError() || segments.stream().anyMatch(EventTrackerStatus::isErrorState)) {
            return "ERROR";
        }
        return segments.stream().anyMatch(EventTrackerStatus::isReplaying) ? "REPLAYING" : "RUNNING";
    }
}
