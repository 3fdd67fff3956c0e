package io.ledgerline.query.order;

import io.ledgerline.api.order.OrderPage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/** The key an order list's cursor stands for: (placedAt, orderId), the list's sort key. Reads what {@link OrderPage#cursorOf} writes. */
record OrderCursor(Instant placedAt, String orderId) {

    static OrderCursor parse(String cursor) {
        String key;
        try {
            key = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid(cursor);
        }
        int bar = key.indexOf('|');
        if (bar < 0 || bar == key.length() - 1) {
            throw invalid(cursor);
        }
        try {
            return new OrderCursor(Instant.parse(key.substring(0, bar)), key.substring(bar + 1));
        } catch (DateTimeParseException e) {
            throw invalid(cursor);
        }
    }

    private static InvalidPageRequestException invalid(String cursor) {
        return new InvalidPageRequestException("not a cursor of the order list: " + cursor);
    }
}
