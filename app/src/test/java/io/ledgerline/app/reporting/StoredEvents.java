package io.ledgerline.app.reporting;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every event in the event store, oldest first, as its type's simple name and its JSON payload (decimals exact). */
final class StoredEvents {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private StoredEvents() {
    }

    record Stored(long position, String type, JsonNode payload) {
    }

    static List<Stored> all(JdbcClient jdbc) {
        return jdbc.sql("select globalindex, payloadtype, convert_from(payload, 'UTF8') from domainevententry order by globalindex")
                .query((rs, n) -> new Stored(rs.getLong(1), simpleName(rs.getString(2)), parse(rs.getString(3)))).list();
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException("stored event is not JSON: " + json, e);
        }
    }
}
