package io.ledgerline.query.refund;

import io.ledgerline.api.refund.RefundView;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * The opaque cursor of a refund in the newest-first list: its {@code (requestedAt, id)} keyset position,
 * base64url-encoded so that clients treat it as a token, never as data.
 *
 * @param requestedAt when the refund was requested, as the read model stores it
 * @param refundId    the refund's id, which breaks ties between refunds requested at the same instant
 */
public record RefundCursor(Instant requestedAt, String refundId) {

    private static final String PREFIX = "refund:";

    public static RefundCursor of(RefundView refund) {
        return new RefundCursor(refund.requestedAt(), refund.id());
    }

    /** Reads a cursor this class wrote; anything else is refused with an {@link IllegalArgumentException}. */
    public static RefundCursor decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int separator = text.indexOf('|');
            if (!text.startsWith(PREFIX) || separator < 0 || separator == text.length() - 1) {
                throw new IllegalArgumentException("not a refunds cursor: " + cursor);
            }
            return new RefundCursor(Instant.parse(text.substring(PREFIX.length(), separator)), text.substring(separator + 1));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new IllegalArgumentException("not a refunds cursor: " + cursor, e);
        }
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + requestedAt + "|" + refundId).getBytes(StandardCharsets.UTF_8));
    }
}
