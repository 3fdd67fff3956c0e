package io.ledgerline.query.audit;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The audit log's opaque cursor: the global index of an entry, the key the log is ordered by. */
public final class AuditCursor {

    private static final String PREFIX = "audit:";

    private AuditCursor() {
    }

    public static String of(long globalIndex) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + globalIndex).getBytes(StandardCharsets.UTF_8));
    }

    /** The global index a cursor stands for; a cursor the audit log never gave out is the caller's mistake. */
    public static long globalIndex(String cursor) {
        try {
            String key = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (key.startsWith(PREFIX)) {
                return Long.parseLong(key.substring(PREFIX.length()));
            }
        } catch (IllegalArgumentException e) {
            // not Base64 or not a number: refused below like any foreign cursor
        }
        throw new IllegalArgumentException("not a cursor of the audit log: " + cursor);
    }
}
