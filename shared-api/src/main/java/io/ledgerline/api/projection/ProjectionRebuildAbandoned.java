package io.ledgerline.api.projection;

/** A rebuild failed or was refused: drop what it wrote; the live projection stays as it is. */
public record ProjectionRebuildAbandoned(ProjectionRebuild rebuild) {
}
