package io.ledgerline.api.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The filter of an order search (the contract's {@code OrderFilter} input, as {@code searchOrders} uses it;
 * no rule id). Every field is optional and they combine with AND: {@code status} and {@code channel} match
 * any of their values; {@code placedFrom} is inclusive and {@code placedTo} exclusive; {@code minTotal} and
 * {@code maxTotal} are inclusive amounts in the order's currency.
 */
public record SearchFilter(List<OrderStatus> status,
                           List<Channel> channel,
                           String customerId,
                           String province,
                           Instant placedFrom,
                           Instant placedTo,
                           BigDecimal minTotal,
                           BigDecimal maxTotal) {

    public SearchFilter {
        status = status == null ? List.of() : List.copyOf(status);
        channel = channel == null ? List.of() : List.copyOf(channel);
    }

    /** No filter: every order. */
    public static SearchFilter none() {
        return new SearchFilter(List.of(), List.of(), null, null, null, null, null, null);
    }
}
