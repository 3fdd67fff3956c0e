package io.ledgerline.query.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for the hash chain (AUD-2): table {@code audit_chain}, one link per sealed event, numbered 1, 2, 3, ... in
 * sealing order, and the event rows the links cover, read exactly as stored.
 */
@Repository
class AuditChain {

    /** Link {@code number} covers the event at {@code globalIndex}; {@code hash} chains it to link {@code number - 1}. */
    record Link(long number, long globalIndex, byte[] hash) {
    }

    /** A link and the event row it covers as the row is now; {@code event} is null if the row is gone. */
    record CoveredLink(Link link, StoredEvent event) {
    }

    private static final String EVENT_COLUMNS = """
            e.globalindex, e.eventidentifier, e.type, e.aggregateidentifier, e.sequencenumber, e.payloadtype,
            e.payloadrevision, e.payload, e.metadata, e.timestamp""";

    private final JdbcClient jdbc;

    AuditChain(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredEvent> storedEvent(String eventId) {
        return jdbc.sql("select " + EVENT_COLUMNS + " from domainevententry e where e.eventidentifier = ?")
                .param(eventId).query(AuditChain::event).optional();
    }

    boolean isSealed(long globalIndex) {
        return jdbc.sql("select count(*) from audit_chain where global_index = ?").param(globalIndex)
                .query(Long.class).single() > 0;
    }

    Optional<Link> last() {
        return jdbc.sql("select link, global_index, hash from audit_chain order by link desc limit 1")
                .query(AuditChain::link).optional();
    }

    /** Appends a link; two sealers appending the same link number at once cannot both succeed (primary key). */
    void append(Link link) {
        jdbc.sql("insert into audit_chain (link, global_index, hash) values (?, ?, ?)")
                .params(link.number(), link.globalIndex(), link.hash()).update();
    }

    /** The number of the last link: how long the chain is. */
    long length() {
        return jdbc.sql("select coalesce(max(link), 0) from audit_chain").query(Long.class).single();
    }

    /** Links {@code after + 1} to {@code last} (at most {@code limit}) with the rows they cover, in link order. */
    List<CoveredLink> links(long after, long last, int limit) {
        return jdbc.sql("select c.link, c.global_index, c.hash, " + EVENT_COLUMNS + " " + """
                         from audit_chain c left join domainevententry e on e.globalindex = c.global_index
                         where c.link > ? and c.link <= ? order by c.link limit ?""")
                .params(after, last, limit)
                .query((rs, row) -> new CoveredLink(link(rs, row), rs.getObject("globalindex") == null ? null : event(rs, row)))
                .list();
    }

    private static Link link(ResultSet rs, int row) throws SQLException {
        return new Link(rs.getLong("link"), rs.getLong("global_index"), rs.getBytes("hash"));
    }

    private static StoredEvent event(ResultSet rs, int row) throws SQLException {
        return new StoredEvent(rs.getLong("globalindex"), rs.getString("eventidentifier"), rs.getString("type"),
                rs.getString("aggregateidentifier"), rs.getLong("sequencenumber"), rs.getString("payloadtype"),
                rs.getString("payloadrevision"), rs.getBytes("payload"), rs.getBytes("metadata"), rs.getString("timestamp"));
    }
}
