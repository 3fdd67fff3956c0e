package io.ledgerline.api.order;

import java.time.Instant;

/**
 * ORD-12: a logistics exception of an order (the GraphQL {@code LogisticsException} type). {@code reportNote}
 * is the reporter's note, {@code resolutionNote} the resolver's; {@link #note()} is the latest of the two.
 */
public record LogisticsExceptionView(String orderId,
                                     String id,
                                     ExceptionType type,
                                     Severity severity,
                                     Instant reportedAt,
                                     Instant dueBy,
                                     Instant escalatedAt,
                                     Instant resolvedAt,
                                     ExceptionResolution resolution,
                                     String reportNote,
                                     String resolutionNote) {

    /** Escalated: not resolved by {@code dueBy}. */
    public boolean escalated() {
        return escalatedAt != null;
    }

    /** The latest word on the exception: the resolution's note once there is one, the report's before. */
    public String note() {
        return resolutionNote != null ? resolutionNote : reportNote;
    }
}
