package io.ledgerline.query.asof;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.api.common.Money;
import io.ledgerline.api.order.PaymentMethod;
import io.ledgerline.api.refund.RefundApprovedEvent;
import io.ledgerline.api.refund.RefundCompletedEvent;
import io.ledgerline.api.refund.RefundFailedEvent;
import io.ledgerline.api.refund.RefundOpenedEvent;
import io.ledgerline.api.refund.RefundPaymentStartedEvent;
import io.ledgerline.api.refund.RefundReason;
import io.ledgerline.api.refund.RefundRejectedEvent;
import io.ledgerline.api.refund.RefundStatus;
import io.ledgerline.api.refund.RefundView;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The fold behind an as-of order's refunds: a refund's events in, the refund as the read model shows it out. */
class RefundFoldTest {

    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    private static final Money AMOUNT = Money.of("59.70");

    private final RefundFold fold = new RefundFold();

    @Test
    @DisplayName("AUD-4, REF-1: a refund not opened yet is not there; an opened one is REQUESTED")
    void openedRefundIsRequested() {
        assertThat(fold.refund()).isEmpty();
        assertThat(fold.version()).isEqualTo(-1);

        fold.apply(opened(), 0);

        assertThat(fold.refund()).contains(new RefundView("r-1", "o-1", "SO-1", RefundStatus.REQUESTED,
                RefundReason.QUALITY_ISSUE, AMOUNT, 0, T0, null, null, "cups chipped", null));
        assertThat(fold.version()).isZero();
    }

    @Test
    @DisplayName("AUD-4, REF-3, REF-4: approval, a failed attempt, a retry and completion move status, attempts and times")
    void approvedFailedRetriedCompleted() {
        fold.apply(opened(), 0);
        fold.apply(new RefundApprovedEvent("r-1", "o-1", AMOUNT, T0.plusSeconds(60)), 1);
        fold.apply(new RefundPaymentStartedEvent("r-1", "o-1", AMOUNT, PaymentMethod.ONLINE, 1, T0.plusSeconds(60)), 2);
        fold.apply(new RefundFailedEvent("r-1", "o-1", "card expired", 1, T0.plusSeconds(120)), 3);

        RefundView failed = fold.refund().orElseThrow();
        assertThat(failed.status()).isEqualTo(RefundStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.failureReason()).isEqualTo("card expired");
        assertThat(failed.decidedAt()).isEqualTo(T0.plusSeconds(60));

        fold.apply(new RefundPaymentStartedEvent("r-1", "o-1", AMOUNT, PaymentMethod.BALANCE, 2, T0.plusSeconds(180)), 4);
        assertThat(fold.refund().orElseThrow().status()).isEqualTo(RefundStatus.PROCESSING);

        fold.apply(new RefundCompletedEvent("r-1", "o-1", AMOUNT, false, List.of(), T0.plusSeconds(240)), 5);
        RefundView completed = fold.refund().orElseThrow();
        assertThat(completed.status()).isEqualTo(RefundStatus.COMPLETED);
        assertThat(completed.attempts()).isEqualTo(2);
        assertThat(completed.completedAt()).isEqualTo(T0.plusSeconds(240));
        assertThat(fold.version()).isEqualTo(5);
    }

    @Test
    @DisplayName("AUD-4, REF-3: a rejection is final and keeps the requester's note")
    void rejected() {
        fold.apply(opened(), 0);
        fold.apply(new RefundRejectedEvent("r-1", "o-1", AMOUNT, "no evidence", T0.plusSeconds(30)), 1);

        RefundView rejected = fold.refund().orElseThrow();
        assertThat(rejected.status()).isEqualTo(RefundStatus.REJECTED);
        assertThat(rejected.decidedAt()).isEqualTo(T0.plusSeconds(30));
        assertThat(rejected.note()).isEqualTo("cups chipped");
    }

    private static RefundOpenedEvent opened() {
        return new RefundOpenedEvent("r-1", "o-1", "SO-1", RefundReason.QUALITY_ISSUE, AMOUNT, List.of("SKU-CUP"), false,
                PaymentMethod.ONLINE, "cups chipped", T0);
    }
}
