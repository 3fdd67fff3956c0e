package io.ledgerline.api.order;

/**
 * Full-text search over orders (the contract's {@code searchOrders}; no rule id): {@code text} over order
 * number, product names, recipient, phone and customer id, narrowed by {@code filter}, best match first,
 * newest first among equals. Answers an {@link OrderSearchResult}: at most {@code first} (capped at
 * {@value #MAX_PAGE_SIZE}) order ids after the opaque cursor {@code after} (null: from the start).
 */
public record SearchOrdersQuery(String text, OrderFilter filter, int first, String after) {

    public static final int MAX_PAGE_SIZE = 100;

    public SearchOrdersQuery {
        if (first < 0) {
            throw new IllegalArgumentException("first must not be negative: " + first);
        }
        text = text == null ? "" : text.strip();
        filter = filter == null ? OrderFilter.none() : filter;
        first = Math.min(first, MAX_PAGE_SIZE);
    }
}
