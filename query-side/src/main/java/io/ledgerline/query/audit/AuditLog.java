package io.ledgerline.query.audit;

import io.ledgerline.api.common.Actor;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.common.DateTimeUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * AUD-1, ORD-13: the event store read as the audit log. Pages are keyset pages over the global index (never an
 * offset, never the whole store), at most {@value #MAX_PAGE_SIZE} entries each; an aggregate's history is
 * read by its (aggregate id, sequence) key. Each entry carries its hash-chain link when it has been sealed.
 */
@Component
public class AuditLog {

    public static final int MAX_PAGE_SIZE = 500;

    private static final String SELECT = """
            select e.globalindex, e.eventidentifier, e.type, e.aggregateidentifier, e.sequencenumber, e.payloadtype,
                   e.payloadrevision, e.payload, e.metadata, e.timestamp, c.hash
            from domainevententry e left join audit_chain c on c.global_index = e.globalindex
            """;
    private static final String UNKNOWN = "unknown";

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    public AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The entries matching {@code filter}, oldest first, after the entry {@code afterGlobalIndex} (null for the
     * first page); {@code first} is capped at {@value #MAX_PAGE_SIZE}.
     */
    public AuditPage page(AuditFilter filter, int first, Long afterGlobalIndex) {
        if (first < 0) {
            throw new IllegalArgumentException("first must not be negative: " + first);
        }
        if (filter.from() != null && filter.to() != null && filter.to().isBefore(filter.from())) {
            throw new IllegalArgumentException("filter.to must not be before filter.from");
        }
        int size = Math.min(first, MAX_PAGE_SIZE);
        AuditFilterSql sql = AuditFilterSql.of(filter);
        String after = afterGlobalIndex == null ? "" : " and e.globalindex > :after";
        JdbcClient.StatementSpec statement = jdbc.sql(SELECT + " where " + sql.where() + after
                        + " order by e.globalindex limit :limit")
                .params(sql.params())
                .param("limit", size + 1);
        if (afterGlobalIndex != null) {
            statement = statement.param("after", afterGlobalIndex);
        }
        List<AuditEntry> rows = statement.query(this::entry).list();
        boolean more = rows.size() > size;
        return new AuditPage(more ? rows.subList(0, size) : rows, more);
    }

    /** ORD-13: the whole histories of these aggregates of one type, each oldest first, read in one statement. */
    public Map<String, List<AuditEntry>> histories(String aggregateType, Collection<String> aggregateIds) {
        Map<String, List<AuditEntry>> histories = new LinkedHashMap<>();
        aggregateIds.forEach(id -> histories.put(id, new ArrayList<>()));
        if (aggregateIds.isEmpty()) {
            return histories;
        }
        jdbc.sql(SELECT + """
                         where e.aggregateidentifier in (:ids) and e.type = :type
                         order by e.aggregateidentifier, e.sequencenumber""")
                .param("ids", aggregateIds)
                .param("type", aggregateType)
                .query((ResultSet rs) -> {
                    AuditEntry entry = entry(rs, 0);
                    histories.get(entry.aggregateId()).add(entry);
                });
        return histories;
    }

    /** AUD-4: an aggregate's history up to and including its event {@code lastSequence}, oldest first. */
    public List<AuditEntry> historyUpTo(String aggregateType, String aggregateId, long lastSequence) {
        return jdbc.sql(SELECT + """
                         where e.aggregateidentifier = :id and e.type = :type and e.sequencenumber <= :last
                         order by e.sequencenumber""")
                .param("id", aggregateId)
                .param("type", aggregateType)
                .param("last", lastSequence)
                .query(this::entry)
                .list();
    }

    private AuditEntry entry(ResultSet rs, int row) throws SQLException {
        String payloadType = rs.getString("payloadtype");
        Map<?, ?> metadata = metadata(rs.getBytes("metadata"));
        byte[] hash = rs.getBytes("hash");
        return new AuditEntry(rs.getLong("globalindex"), rs.getString("eventidentifier"), rs.getString("type"),
                rs.getString("aggregateidentifier"), rs.getLong("sequencenumber"),
                payloadType.substring(payloadType.lastIndexOf('.') + 1), rs.getString("payloadrevision"),
                payload(rs.getBytes("payload")), DateTimeUtils.parseInstant(rs.getString("timestamp")),
                text(metadata, Actor.USER_KEY, UNKNOWN), text(metadata, Actor.ROLE_KEY, UNKNOWN), text(metadata, "correlationId", null),
                text(metadata, "causationId", null), hash == null ? AuditEntry.UNSEALED : ChainHash.hex(hash),
                Boolean.TRUE.equals(metadata.get("simulated")), text(metadata, "simulationRun", null));
    }

    /** The payload as stored: JSON as maps, lists and plain values (decimals exact); anything else as its text. */
    private Object payload(byte[] bytes) {
        try {
            return json.readValue(bytes, Object.class);
        } catch (JacksonException e) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private Map<?, ?> metadata(byte[] bytes) {
        if (bytes == null) {
            return Map.of();
        }
        try {
            return json.readValue(bytes, Map.class);
        } catch (JacksonException e) {
            return Map.of();
        }
    }

    private static String text(Map<?, ?> metadata, String key, String absent) {
        Object value = metadata.get(key);
        return value == null ? absent : value.toString();
    }
}
