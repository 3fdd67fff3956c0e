package io.ledgerline.api.order;

/**
 * One page of orders, newest first ({@code placedAt} descending, then order id descending), answered with an
 * {@link OrderPage}. {@code after} is the {@code endCursor} of the previous page (null for the first page);
 * pages are cut by that key, not by an offset, so orders placed meanwhile never shift a page. {@code first}
 * is at most 100: a larger value is answered with 100 orders.
 */
public record ListOrdersQuery(OrderFilter filter, int first, String after) {

    /** The most orders one page holds. */
    public static final int MAX_PAGE_SIZE = 100;
}
