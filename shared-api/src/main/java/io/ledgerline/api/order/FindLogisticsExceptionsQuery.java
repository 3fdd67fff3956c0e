package io.ledgerline.api.order;

import java.util.List;

/** ORD-12: the logistics exceptions of these orders, answered as {@link LogisticsExceptionView}s, oldest first per order. */
public record FindLogisticsExceptionsQuery(List<String> orderIds) {
}
