package io.ledgerline.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads stored events back for assertions: what really was appended to the PostgreSQL event store. */
public final class EventStoreReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcClient jdbc;

    public EventStoreReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The payloads of one aggregate's events of a type (simple class name), oldest first. */
    public List<JsonNode> payloads(String aggregateId, String eventType) {
        return jdbc.sql("""
                        select convert_from(payload, 'UTF8') from domainevententry
                        where aggregateidentifier = ? and payloadtype like ? order by globalindex""")
                .params(aggregateId, "%." + eventType).query(String.class).list().stream().map(EventStoreReader::parse).toList();
    }

    /** The simple type names of one aggregate's events, oldest first. */
    public List<String> types(String aggregateId) {
        return jdbc.sql("select payloadtype from domainevententry where aggregateidentifier = ? order by globalindex")
                .param(aggregateId).query(String.class).list().stream()
                .map(type -> type.substring(type.lastIndexOf('.') + 1)).toList();
    }

    /** The metadata of one aggregate's events, oldest first. */
    public List<JsonNode> metadata(String aggregateId) {
        return jdbc.sql("select convert_from(metadata, 'UTF8') from domainevententry where aggregateidentifier = ? order by globalindex")
                .param(aggregateId).query(String.class).list().stream().map(EventStoreReader::parse).toList();
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException("stored event is not JSON: " + json, e);
        }
    }
}
