package io.ledgerline.api.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Which orders an order list shows (the contract's {@code input OrderFilter}); every field is optional and
 * the given ones all apply. {@code status} and {@code channel} match any of their values; placement time is
 * the half-open range {@code placedFrom <= placedAt < placedTo}; totals are inclusive bounds in the order's
 * own currency.
 */
public record OrderFilter(List<OrderStatus> status,
                          List<Channel> channel,
                          String customerId,
                          String province,
                          Instant placedFrom,
                          Instant placedTo,
                          BigDecimal minTotal,
                          BigDecimal maxTotal) {

    /** No filter: every order. */
    public static OrderFilter none() {
        return new OrderFilter(null, null, null, null, null, null, null, null);
    }
}
