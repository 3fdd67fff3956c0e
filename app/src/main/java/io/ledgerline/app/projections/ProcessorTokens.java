package io.ledgerline.app.projections;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A processor's segments as the token store holds them, whichever node runs them: the cluster-wide view of
 * where a processor is. Read without claiming anything.
 */
@Component
class ProcessorTokens {

    private final JdbcClient jdbc;
    private final Serializer serializer;

    ProcessorTokens(JdbcClient jdbc, @Qualifier("serializer") Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /** One segment's stored token, its owner (null when unclaimed) and when it was last claimed or stored. */
    record Segment(int segment, TrackingToken token, String owner, Instant touchedAt) {

        /** The global index up to which the segment has handled the event store; -1 before its first event. */
        long position() {
            OptionalLong position = token == null ? OptionalLong.empty() : token.position();
            return position.orElse(-1);
        }
    }

    List<Segment> of(String processorName) {
        return jdbc.sql("select segment, token, tokentype, owner, timestamp from tokenentry where processorname = ? order by segment")
                .param(processorName)
                .query((row, n) -> new Segment(row.getInt("segment"), token(row.getBytes("token"), row.getString("tokentype")),
                        row.getString("owner"), row.getString("timestamp") == null ? null : Instant.parse(row.getString("timestamp"))))
                .list();
    }

    /** The lowest position over the segments: how far the processor as a whole has come; empty without segments. */
    OptionalLong position(String processorName) {
        List<Segment> segments = of(processorName);
        return segments.isEmpty() ? OptionalLong.empty()
                : OptionalLong.of(segments.stream().mapToLong(Segment::position).min().orElseThrow());
    }

    /** The global index of the last event in the store; 0 while it is empty. */
    long head() {
        return jdbc.sql("select coalesce(max(globalindex), 0) from domainevententry").query(Long.class).single();
    }

    void delete(String processorName) {
        jdbc.sql("delete from tokenentry where processorname = ?").param(processorName).update();
    }

    private TrackingToken token(byte[] bytes, String type) {
        if (bytes == null || type == null) {
            return null;
        }
        return serializer.deserialize(new SimpleSerializedObject<>(bytes, byte[].class, type, null));
    }
}
