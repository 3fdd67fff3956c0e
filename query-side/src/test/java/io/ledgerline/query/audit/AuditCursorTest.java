package io.ledgerline.query.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AuditCursorTest {

    @Test
    @DisplayName("AUD-1: an audit cursor reads back as its entry's global index")
    void roundTrips() {
        assertThat(AuditCursor.globalIndex(AuditCursor.of(9_007_199_254_740_993L))).isEqualTo(9_007_199_254_740_993L);
        assertThat(AuditCursor.of(7)).doesNotContain("7");
    }

    @Test
    @DisplayName("AUD-1: a cursor the audit log never gave out is refused as the caller's mistake")
    void foreignCursorsAreRefused() {
        String orderCursor = Base64.getUrlEncoder().encodeToString("2026-11-23T09:30:00Z|o-1".getBytes(StandardCharsets.UTF_8));
        String notANumber = Base64.getUrlEncoder().encodeToString("audit:seven".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> AuditCursor.globalIndex("not base64 !")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a cursor of the audit log: not base64 !");
        assertThatThrownBy(() -> AuditCursor.globalIndex(orderCursor)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditCursor.globalIndex(notANumber)).isInstanceOf(IllegalArgumentException.class);
    }
}
