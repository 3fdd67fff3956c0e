package io.ledgerline.query.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The opaque cursor of a search hit: its sort values (score, placement time in epoch milliseconds, order
 * id) in URL-safe base64, handed back as {@code search_after} to continue after that hit.
 */
final class SearchCursor {

    private static final String SEPARATOR = "\n";

    private SearchCursor() {
    }

    static String encode(List<FieldValue> sortValues) {
        if (sortValues.size() != 3) {
            throw new IllegalStateException("a search hit with sort values " + sortValues + ", expected score, placedAt, orderId");
        }
        String text = number(sortValues.get(0)) + SEPARATOR + (long) number(sortValues.get(1)) + SEPARATOR
                + sortValues.get(2).stringValue();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The sort values a cursor stands for; an invalid cursor is refused with a message saying so. */
    static List<FieldValue> decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = text.split(SEPARATOR, 3);
            if (parts.length != 3) {
                throw new IllegalArgumentException("wrong number of parts");
            }
            return List.of(FieldValue.of(Double.parseDouble(parts[0])), FieldValue.of(Long.parseLong(parts[1])),
                    FieldValue.of(parts[2]));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a cursor of searchOrders: " + cursor, e);
        }
    }

    private static double number(FieldValue value) {
        if (value.isDouble()) {
            return value.doubleValue();
        }
        if (value.isLong()) {
            return value.longValue();
        }
        throw new IllegalStateException("a numeric sort value expected, got " + value);
    }
}
