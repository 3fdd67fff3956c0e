package io.ledgerline.api.order;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * A page of the order list ({@link ListOrdersQuery}): the orders, whether more follow, the cursor of the
 * last one, and how many orders match the filter in all.
 */
public record OrderPage(List<OrderView> orders, boolean hasNextPage, String endCursor, long totalCount) {

    /**
     * The opaque cursor of an order in the list: its place in the sort order (placement time, order id),
     * base64-encoded. Clients pass it back as {@code after}; they never read it.
     */
    public static String cursorOf(OrderView order) {
        String key = order.placedAt().toString() + "|" + order.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }
}
