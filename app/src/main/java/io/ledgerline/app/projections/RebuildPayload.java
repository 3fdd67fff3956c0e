package io.ledgerline.app.projections;

import java.util.List;

/** The contract's {@code RebuildPayload}: the projection as it stands once its rebuild has started, or why not. */
record RebuildPayload(ProjectionStatus projection, List<ProjectionError> errors) {
}
