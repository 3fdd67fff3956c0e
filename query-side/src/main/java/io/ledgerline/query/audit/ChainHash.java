package io.ledgerline.query.audit;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * AUD-2: one link of the hash chain, SHA-256 over a stored event row and the previous link. Every column of
 * the row goes in, each length-prefixed (a null as length -1), so no two different rows hash alike by moving
 * bytes from one field to the next: the global index, event id, aggregate type, id and sequence, payload type
 * and revision, payload bytes, metadata bytes, the timestamp text, then the previous link.
 */
final class ChainHash {

    /** The link before the first event: 32 zero bytes. */
    static final byte[] GENESIS = new byte[32];

    private ChainHash() {
    }

    static byte[] link(StoredEvent event, byte[] previous) {
        MessageDigest sha256 = sha256();
        number(sha256, event.globalIndex());
        text(sha256, event.eventId());
        text(sha256, event.aggregateType());
        text(sha256, event.aggregateId());
        number(sha256, event.sequence());
        text(sha256, event.payloadType());
        text(sha256, event.payloadRevision());
        bytes(sha256, event.payload());
        bytes(sha256, event.metadata());
        text(sha256, event.timestamp());
        bytes(sha256, previous);
        return sha256.digest();
    }

    static String hex(byte[] hash) {
        return HexFormat.of().formatHex(hash);
    }

    private static void number(MessageDigest sha256, long value) {
        sha256.update(ByteBuffer.allocate(Long.BYTES).putLong(value).array());
    }

    private static void text(MessageDigest sha256, String value) {
        bytes(sha256, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private static void bytes(MessageDigest sha256, byte[] value) {
        sha256.update(ByteBuffer.allocate(Integer.BYTES).putInt(value == null ? -1 : value.length).array());
        if (value != null) {
            sha256.update(value);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
