package io.ledgerline.api.order;

import java.util.List;

/**
 * Find several orders by id at once (a page of search results; no rule id). Answers a list of
 * {@link OrderView}s in the order of {@code orderIds}, leaving out ids the read model does not hold yet.
 */
public record FindOrdersByIdsQuery(List<String> orderIds) {

    public FindOrdersByIdsQuery {
        orderIds = List.copyOf(orderIds);
    }
}
