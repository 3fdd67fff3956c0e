package io.ledgerline.app.projections;

/**
 * The contract's {@code Projection}: where a projection stands. {@code position} is the global index of the
 * event store up to which its processor has handled events (the lowest over its segments, on any node) and
 * {@code lag} how many events it is behind the last stored one; {@code status} is RUNNING, REPLAYING,
 * REBUILDING, ERROR or STOPPED; {@code rebuildProgress} the share (0 to 1) a rebuild under way has replayed.
 * Added to the contract: its parked events ({@code deadLetters}), why the oldest failed, and how its last
 * rebuild started on this node ended.
 */
public record ProjectionStatus(String name, String position, String lag, String status, Double rebuildProgress,
                               int deadLetters, String deadLetterCause, String lastRebuild) {
}
