package io.ledgerline.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ledgerline.api.order.CancellationCause;
import io.ledgerline.api.order.OrderCancelledEvent;
import io.ledgerline.api.order.PlaceOrderCommand;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Event evolution: an {@code OrderCancelledEvent} stored by an older Ledgerline (revision 1, no {@code cause})
 * is read upcast to revision 2 by everything that reads through the event store, while the audit log keeps
 * showing the row exactly as stored.
 */
class OldEventRevisionIntegrationTest extends AuditIntegrationTest {

    private static final String STATUS = "query($id: ID) { order(id: $id) { status } }";
    private static final String LAST_ENTRY = """
            query($id: String) { auditLog(filter: { aggregateId: $id, eventType: ["OrderCancelledEvent"] }) {
              edges { node { eventType eventRevision payload } } } }""";

    @Autowired
    EventStore eventStore;

    @Test
    @DisplayName("AUD-1, ORD-6: a revision-1 cancellation stored by an older version reads as revision 2 with its cause; the stored row is unchanged")
    void oldRevisionIsUpcastOnRead() {
        PlaceOrderCommand order = confirmedKettles(uniqueSku());
        long nextSequence = eventStore.lastSequenceNumberFor(order.orderId()).orElseThrow() + 1;
        String revision1 = """
                {"orderId":"%s","reason":"PAYMENT_TIMEOUT","cancelledAt":"%s"}""".formatted(order.orderId(), Instant.now());
        storeAsAnOlderVersionWould(order.orderId(), nextSequence, revision1);

        DomainEventMessage<?> read = eventStore.readEvents(order.orderId()).asStream().reduce((first, second) -> second).orElseThrow();
        assertThat(read.getSequenceNumber()).isEqualTo(nextSequence);
        assertThat(read.getPayload()).isInstanceOfSatisfying(OrderCancelledEvent.class, cancelled ->
                assertThat(cancelled.cause()).isEqualTo(CancellationCause.PAYMENT_TIMEOUT));

        await().atMost(TIMEOUT).until(() -> "CANCELLED".equals(at(query(STATUS, Map.of("id", order.orderId())), "order", "status")));

        List<Map<String, Object>> edges = at(query(LAST_ENTRY, Map.of("id", order.orderId())), "auditLog", "edges");
        Map<String, Object> entry = at(edges.getFirst(), "node");
        assertThat(entry).containsEntry("eventType", "OrderCancelledEvent").containsEntry("eventRevision", null);
        assertThat((Map<String, Object>) entry.get("payload")).containsEntry("reason", "PAYMENT_TIMEOUT").doesNotContainKey("cause");
    }

    /** Appends an event row with a revision-1 payload, the way Axon stored it before revision 2 existed. */
    private void storeAsAnOlderVersionWould(String orderId, long sequence, String payload) {
        String eventId = UUID.randomUUID().toString();
        String metadata = """
                {"actor":"legacy-system","role":"ADMIN","correlationId":"%s","causationId":"%s"}""".formatted(eventId, eventId);
        jdbc.sql("""
                        insert into domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata, payload,
                            payloadrevision, payloadtype, timestamp)
                        values (?, ?, 'Order', ?, ?, ?, null, ?, ?)""")
                .params(orderId, sequence, eventId, metadata.getBytes(StandardCharsets.UTF_8), payload.getBytes(StandardCharsets.UTF_8),
                        OrderCancelledEvent.class.getName(), DateTimeUtils.formatInstant(Instant.now()))
                .update();
    }
}
