package io.ledgerline.app.axon;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;

/**
 * Axon's JDBC event storage engine, made safe for backdated (simulated) events.
 *
 * <p>A global index is taken when an event is inserted, but transactions commit in any order, so an
 * event processor can read index 101 while 100 is still being written: the missing 100 is a gap that
 * its token keeps, to be read once committed. Axon keeps a gap only if the event read after it is less
 * than a minute old (the gap timeout); behind an older event it assumes the gap is a rolled-back insert
 * and forgets it. A backdated event is "old" from the moment it is written, so without this class an
 * event committed concurrently with a simulated one could be skipped by a projection or a saga for
 * good. Here a gap before a simulated event is kept as before a fresh one; gaps before other old events
 * are handled as Axon does. (The metadata is checked as bytes: no JSON is parsed on the read path.)
 */
class BackdatedEventsStorageEngine extends EagerSnapshotsStorageEngine {

    /** Axon's defaults, which the builder leaves in place: gap timeout, first index, gap window. */
    private static final Duration GAP_TIMEOUT = Duration.ofMinutes(1);
    private static final long LOWEST_GLOBAL_SEQUENCE = 1;
    private static final int MAX_GAP_OFFSET = 10_000;
    private static final byte[] SIMULATED_MARK =
            ("\"" + AuditMetadata.SIMULATED + "\":true").getBytes(StandardCharsets.UTF_8);

    BackdatedEventsStorageEngine(Builder builder) {
        super(builder);
    }

    @Override
    protected TrackedEventData<?> getTrackedEventData(ResultSet resultSet, GapAwareTrackingToken previousToken)
            throws SQLException {
        TrackedEventData<?> tracked = super.getTrackedEventData(resultSet, previousToken);
        if (!(tracked instanceof TrackedDomainEventData<?> event)
                || event.getTimestamp().isAfter(Instant.now().minus(GAP_TIMEOUT)) || !isSimulated(event)) {
            return tracked;
        }
        long index = resultSet.getLong(schema().globalIndexColumn());
        GapAwareTrackingToken token = previousToken == null
                ? GapAwareTrackingToken.newInstance(index, LongStream.range(
                        Math.max(LOWEST_GLOBAL_SEQUENCE, index - MAX_GAP_OFFSET), index)
                        .boxed().collect(Collectors.toCollection(TreeSet::new)))
                : previousToken.advanceTo(index, MAX_GAP_OFFSET);
        return new TrackedDomainEventData<>(token, event);
    }

    private static boolean isSimulated(TrackedDomainEventData<?> event) {
        return event.getMetaData() != null && event.getMetaData().getData() instanceof byte[] metadata
                && contains(metadata, SIMULATED_MARK);
    }

    private static boolean contains(byte[] data, byte[] part) {
        for (int start = 0; start <= data.length - part.length; start++) {
            if (data[start] == part[0] && Arrays.equals(data, start, start + part.length, part, 0, part.length)) {
                return true;
            }
        }
        return false;
    }
}
