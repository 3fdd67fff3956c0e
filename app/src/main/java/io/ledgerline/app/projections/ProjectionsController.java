package io.ledgerline.app.projections;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code projections}, {@code rebuildProjection} and {@code retryDeadLetters} (AUD-3). A rebuild is started and
 * answered at once; its progress shows in {@code projections} and in the log.
 */
@Controller
class ProjectionsController {

    private static final Logger log = LoggerFactory.getLogger(ProjectionsController.class);

    private final ProjectionStatuses statuses;
    private final ProjectionRebuilder rebuilder;
    private final DeadLetters deadLetters;

    ProjectionsController(ProjectionStatuses statuses, ProjectionRebuilder rebuilder, DeadLetters deadLetters) {
        this.statuses = statuses;
        this.rebuilder = rebuilder;
        this.deadLetters = deadLetters;
    }

    @QueryMapping
    List<ProjectionStatus> projections() {
        return statuses.all();
    }

    @MutationMapping
    RebuildPayload rebuildProjection(@Argument String name) {
        try {
            rebuilder.start(name);
            return new RebuildPayload(statuses.of(name).orElseThrow(), List.of());
        } catch (RebuildRefusedException e) {
            return new RebuildPayload(statuses.of(name).orElse(null), List.of(ProjectionError.onName(e.code(), e.getMessage())));
        } catch (RuntimeException e) {
            log.error("The rebuild of {} could not start", name, e);
            return new RebuildPayload(statuses.of(name).orElse(null),
                    List.of(ProjectionError.onName("REBUILD_FAILED", "the rebuild could not start: " + e.getMessage())));
        }
    }

    @MutationMapping
    DeadLetterRetryPayload retryDeadLetters(@Argument String name) {
        if (!rebuilder.projections().contains(name)) {
            return new DeadLetterRetryPayload(null, 0, List.of(ProjectionError.onName("NOT_FOUND",
                    "there is no projection '" + name + "'; the projections are " + rebuilder.projections())));
        }
        int retried = deadLetters.retry(name);
        return new DeadLetterRetryPayload(statuses.of(name).orElseThrow(), retried, List.of());
    }
}
