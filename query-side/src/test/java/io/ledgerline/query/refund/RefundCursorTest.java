package io.ledgerline.query.refund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerline.api.common.Money;
import io.ledgerline.api.refund.ListRefundsQuery;
import io.ledgerline.api.refund.RefundReason;
import io.ledgerline.api.refund.RefundStatus;
import io.ledgerline.api.refund.RefundView;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RefundCursorTest {

    @Test
    @DisplayName("a refund's cursor is opaque base64 and reads back as its exact (requestedAt, id) keyset")
    void roundTrip() {
        Instant requestedAt = Instant.parse("2026-11-23T09:30:00.123456Z");
        RefundView refund = new RefundView("r-1|x", "o-1", "SO-20261123-000001", RefundStatus.REQUESTED,
                RefundReason.OTHER, Money.of("1.00"), 0, requestedAt, null, null, null, null);

        String cursor = RefundCursor.of(refund).encode();

        assertThat(cursor).doesNotContain("r-1").matches("[A-Za-z0-9_-]+");
        assertThat(RefundCursor.decode(cursor)).isEqualTo(new RefundCursor(requestedAt, "r-1|x"));
    }

    @Test
    @DisplayName("a cursor this side did not write is refused")
    void refusesForeignCursors() {
        String notOurs = Base64.getUrlEncoder().encodeToString("order:2026|x".getBytes(StandardCharsets.UTF_8));
        String badTime = Base64.getUrlEncoder().encodeToString("refund:yesterday|x".getBytes(StandardCharsets.UTF_8));

        for (String cursor : new String[] {"%%%", notOurs, badTime}) {
            assertThatThrownBy(() -> RefundCursor.decode(cursor)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not a refunds cursor");
        }
    }

    @Test
    @DisplayName("a page holds at most 100 refunds; a negative size or half a keyset is refused")
    void pageSize() {
        assertThat(new ListRefundsQuery(null, 500, null, null).first()).isEqualTo(ListRefundsQuery.MAX_PAGE_SIZE);
        assertThat(new ListRefundsQuery(null, 20, null, null).first()).isEqualTo(20);
        assertThatThrownBy(() -> new ListRefundsQuery(null, -1, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ListRefundsQuery(null, 1, Instant.EPOCH, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
