package io.ledgerline.api.projection;

/**
 * A rebuild has caught up and replaces the live projection now: point readers at what it wrote and retire
 * the old. Throwing refuses the switch, and the rebuild is abandoned.
 */
public record ProjectionRebuildSwitching(ProjectionRebuild rebuild) {
}
