package io.ledgerline.app.projections;

import java.util.List;

/** {@code DeadLetterRetryPayload}: how many parked events were handled this time, and the projection after. */
record DeadLetterRetryPayload(ProjectionStatus projection, int retried, List<ProjectionError> errors) {
}
