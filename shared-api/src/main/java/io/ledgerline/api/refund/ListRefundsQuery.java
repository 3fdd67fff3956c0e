package io.ledgerline.api.refund;

import java.time.Instant;
import java.util.List;

/**
 * REF-3, REF-4: a page of refunds, newest first (by {@code requestedAt}, then id); answers a
 * {@link RefundPage}. {@code statuses} filters by status (null or empty: every status). The page starts
 * after the refund {@code (afterRequestedAt, afterRefundId)}, the last one of the previous page (keyset, no
 * offset; both null for the first page). {@code first} is at most {@value #MAX_PAGE_SIZE}; a larger one is
 * capped, a negative one refused.
 */
public record ListRefundsQuery(List<RefundStatus> statuses, int first, Instant afterRequestedAt,
                               String afterRefundId) {

    /** The largest page the read model serves at once. */
    public static final int MAX_PAGE_SIZE = 100;

    public ListRefundsQuery {
        if (first < 0) {
            throw new IllegalArgumentException("first must not be negative: " + first);
        }
        if ((afterRequestedAt == null) != (afterRefundId == null)) {
            throw new IllegalArgumentException("a page starts after a refund's requestedAt and id together");
        }
        first = Math.min(first, MAX_PAGE_SIZE);
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
    }
}
