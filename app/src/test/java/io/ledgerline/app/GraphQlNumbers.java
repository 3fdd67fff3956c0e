package io.ledgerline.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A GraphQL answer as tests compare it: JSON numbers come back as Integer, Long, Double or BigDecimal depending on
 * the client; whole ones that fit stay Integer, every other number becomes a Double. Maps keep their order.
 */
public final class GraphQlNumbers {

    private GraphQlNumbers() {
    }

    @SuppressWarnings("unchecked")
    public static <T> T normalized(Object value) {
        return (T) switch (value) {
            case Map<?, ?> map -> {
                Map<String, Object> copy = new LinkedHashMap<>();
                map.forEach((key, inner) -> copy.put((String) key, normalized(inner)));
                yield copy;
            }
            case List<?> list -> {
                List<Object> copy = new ArrayList<>();
                list.forEach(inner -> copy.add(normalized(inner)));
                yield copy;
            }
            case Integer number -> number;
            case Number number -> number.doubleValue();
            case null -> null;
            default -> value;
        };
    }
}
