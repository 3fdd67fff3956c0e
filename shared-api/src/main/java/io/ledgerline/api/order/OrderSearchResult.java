package io.ledgerline.api.order;

import java.util.List;

/**
 * One page of an order search ({@link SearchOrdersQuery}; no rule id): the matching order ids in rank
 * order, each with the opaque cursor that continues after it, how many orders match in all, and whether
 * more follow this page. Ids only: the orders themselves are read from the order read model.
 */
public record OrderSearchResult(List<Hit> hits, long totalCount, boolean hasNextPage) {

    public OrderSearchResult {
        hits = List.copyOf(hits);
    }

    /** One matching order and the cursor of its place in the ranking. */
    public record Hit(String orderId, String cursor) {
    }

    /** The cursor of the last hit, from which the next page continues; null on an empty page. */
    public String endCursor() {
        return hits.isEmpty() ? null : hits.getLast().cursor();
    }
}
