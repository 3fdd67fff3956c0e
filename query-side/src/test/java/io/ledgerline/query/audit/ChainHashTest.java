package io.ledgerline.query.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The hash-chain link: what it covers and how it is encoded (AUD-2). */
class ChainHashTest {

    private static final StoredEvent EVENT = new StoredEvent(42, "e-1", "Order", "o-1", 3,
            "io.ledgerline.api.order.OrderPlacedEvent", null, bytes("{\"orderId\":\"o-1\",\"total\":{\"amount\":188.70}}"),
            bytes("{\"actor\":\"clerk\",\"role\":\"ORDER_CLERK\"}"), "2026-11-23T09:30:00.123Z");
    private static final byte[] PREVIOUS = HexFormat.of().parseHex("9f".repeat(32));

    @Test
    @DisplayName("AUD-2: a link is SHA-256 over the row's columns, each length-prefixed (null as -1), then the previous link")
    void linkIsTheDocumentedEncoding() throws Exception {
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(expected);
        out.writeLong(42);
        field(out, bytes("e-1"));
        field(out, bytes("Order"));
        field(out, bytes("o-1"));
        out.writeLong(3);
        field(out, bytes("io.ledgerline.api.order.OrderPlacedEvent"));
        field(out, null);
        field(out, EVENT.payload());
        field(out, EVENT.metadata());
        field(out, bytes("2026-11-23T09:30:00.123Z"));
        field(out, PREVIOUS);

        byte[] link = ChainHash.link(EVENT, PREVIOUS);

        assertThat(link).hasSize(32).isEqualTo(MessageDigest.getInstance("SHA-256").digest(expected.toByteArray()));
        assertThat(ChainHash.hex(link)).hasSize(64).isEqualTo(HexFormat.of().formatHex(link));
    }

    @Test
    @DisplayName("AUD-2: changing any stored column, or the previous link, changes the link")
    void everyColumnCounts() {
        byte[] original = ChainHash.link(EVENT, PREVIOUS);
        List<UnaryOperator<StoredEvent>> alterations = List.of(
                e -> new StoredEvent(43, e.eventId(), e.aggregateType(), e.aggregateId(), e.sequence(), e.payloadType(),
                        e.payloadRevision(), e.payload(), e.metadata(), e.timestamp()),
                e -> new StoredEvent(e.globalIndex(), "e-2", e.aggregateType(), e.aggregateId(), e.sequence(), e.payloadType(),
                        e.payloadRevision(), e.payload(), e.metadata(), e.timestamp()),
                e -> new StoredEvent(e.globalIndex(), e.eventId(), "Refund", e.aggregateId(), e.sequence(), e.payloadType(),
                        e.payloadRevision(), e.payload(), e.metadata(), e.timestamp()),
                e -> new StoredEvent(e.globalIndex(), e.eventId(), e.aggregateType(), "o-2", e.sequence(), e.payloadType(),
                        e.payloadRevision(), e.payload(), e.metadata(), e.timestamp()),
                e -> new StoredEvent(e.globalIndex(), e.eventId(), e.aggregateType(), e.aggregateId(), 4, e.payloadType(),
                        e.payloadRevision(), e.payload(), e.metadata(), e.timestamp()),
                e -> new StoredEvent(e.globalIndex(), e.eventId(), e.aggregateType(), e.aggregateId(), e.sequence(),
                        "io.ledgerline.api.order.OrderCancelledEvent", e.payloadRevision(), e.payload(), e.metadata(), e.timestamp()),
                e -> new StoredEvent(e.globalIndex(), e.eventId(), e.aggregateType(), e.aggregateId(), e.sequence(), e.payloadType(),
                        "2", e.payload(), e.metadata(), e.timestamp()),
                e -> new StoredEvent(e.globalIndex(), e.eventId(), e.aggregateType(), e.aggregateId(), e.sequence(), e.payloadType(),
                        e.payloadRevision(), bytes("{\"orderId\":\"o-1\",\"total\":{\"amount\":1.70}}"), e.metadata(), e.timestamp()),
                e -> new StoredEvent(e.globalIndex(), e.eventId(), e.aggregateType(), e.aggregateId(), e.sequence(), e.payloadType(),
                        e.payloadRevision(), e.payload(), bytes("{\"actor\":\"admin\",\"role\":\"ADMIN\"}"), e.timestamp()),
                e -> new StoredEvent(e.globalIndex(), e.eventId(), e.aggregateType(), e.aggregateId(), e.sequence(), e.payloadType(),
                        e.payloadRevision(), e.payload(), e.metadata(), "2026-11-23T09:30:00.124Z"));

        assertThat(alterations).allSatisfy(alter -> assertThat(ChainHash.link(alter.apply(EVENT), PREVIOUS)).isNotEqualTo(original));
        assertThat(ChainHash.link(EVENT, ChainHash.GENESIS)).isNotEqualTo(original);
    }

    @Test
    @DisplayName("AUD-2: bytes moved from one column to the next, or an empty value for a null one, do not hash alike")
    void fieldsCannotBleedIntoEachOther() {
        StoredEvent split = new StoredEvent(1, "ab", "c", "o", 0, "T", null, bytes("{}"), null, "t");
        StoredEvent moved = new StoredEvent(1, "a", "bc", "o", 0, "T", null, bytes("{}"), null, "t");
        StoredEvent empty = new StoredEvent(1, "ab", "c", "o", 0, "T", "", bytes("{}"), new byte[0], "t");

        assertThat(ChainHash.link(split, ChainHash.GENESIS)).isNotEqualTo(ChainHash.link(moved, ChainHash.GENESIS))
                .isNotEqualTo(ChainHash.link(empty, ChainHash.GENESIS));
    }

    private static void field(DataOutputStream out, byte[] value) throws IOException {
        out.writeInt(value == null ? -1 : value.length);
        if (value != null) {
            out.write(value);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
