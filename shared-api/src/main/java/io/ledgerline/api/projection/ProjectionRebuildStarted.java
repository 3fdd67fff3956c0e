package io.ledgerline.api.projection;

/** A rebuild is about to replay: prepare its own, empty target beside the live one. */
public record ProjectionRebuildStarted(ProjectionRebuild rebuild) {
}
