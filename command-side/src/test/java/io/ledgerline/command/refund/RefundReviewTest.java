package io.ledgerline.command.refund;

import static io.ledgerline.command.refund.Refunds.AMOUNT;
import static io.ledgerline.command.refund.Refunds.NOW;
import static io.ledgerline.command.refund.Refunds.ORDER_ID;
import static io.ledgerline.command.refund.Refunds.ORIGINAL_METHOD;
import static io.ledgerline.command.refund.Refunds.REFUND_ID;
import static io.ledgerline.command.refund.Refunds.approved;
import static io.ledgerline.command.refund.Refunds.failed;
import static io.ledgerline.command.refund.Refunds.opened;
import static io.ledgerline.command.refund.Refunds.processing;
import static io.ledgerline.command.refund.Refunds.refusedWith;
import static io.ledgerline.command.refund.Refunds.rejected;
import static io.ledgerline.command.refund.Refunds.started;

import io.ledgerline.api.common.CommandRefusedException;
import io.ledgerline.api.order.PaymentMethod;
import io.ledgerline.api.refund.ApproveRefundCommand;
import io.ledgerline.api.refund.RefundApprovedEvent;
import io.ledgerline.api.refund.RefundOpenedEvent;
import io.ledgerline.api.refund.RefundPaymentStartedEvent;
import io.ledgerline.api.refund.RefundReason;
import io.ledgerline.api.refund.RefundRejectedEvent;
import io.ledgerline.api.refund.RejectRefundCommand;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** REF-3: FINANCE approves a requested refund, which is then paid back, or rejects it with a reason. */
class RefundReviewTest {

    private AggregateTestFixture<Refund> fixture;

    @BeforeEach
    void setUp() {
        fixture = Refunds.fixture();
    }

    @Test
    @DisplayName("REF-3: an approved refund is paid back at once to the original payment method, attempt 1")
    void approvalStartsThePaymentToTheOriginalMethod() {
        fixture.given(opened())
                .when(new ApproveRefundCommand(REFUND_ID))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new RefundApprovedEvent(REFUND_ID, ORDER_ID, AMOUNT, NOW),
                        new RefundPaymentStartedEvent(REFUND_ID, ORDER_ID, AMOUNT, ORIGINAL_METHOD, 1, NOW));
    }

    @Test
    @DisplayName("REF-3: the payment goes back to whatever method the order was paid with")
    void approvalUsesTheOrdersOwnMethod() {
        fixture.given(new RefundOpenedEvent(REFUND_ID, ORDER_ID, "SO-20261123-000043", RefundReason.WRONG_AMOUNT,
                        AMOUNT, List.of(), false, PaymentMethod.BALANCE, null, Refunds.EARLIER))
                .when(new ApproveRefundCommand(REFUND_ID))
                .expectEvents(new RefundApprovedEvent(REFUND_ID, ORDER_ID, AMOUNT, NOW),
                        new RefundPaymentStartedEvent(REFUND_ID, ORDER_ID, AMOUNT, PaymentMethod.BALANCE, 1, NOW));
    }

    @Test
    @DisplayName("REF-3: a rejected refund records FINANCE's reason")
    void rejectsWithAReason() {
        fixture.given(opened())
                .when(new RejectRefundCommand(REFUND_ID, "goods were used"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new RefundRejectedEvent(REFUND_ID, ORDER_ID, AMOUNT, "goods were used", NOW));
    }

    @ParameterizedTest(name = "reason \"{0}\"")
    @NullSource
    @ValueSource(strings = {"", "   "})
    @DisplayName("REF-3: a rejection without a reason is refused, naming the reason")
    void refusesARejectionWithoutReason(String reason) {
        fixture.given(opened())
                .when(new RejectRefundCommand(REFUND_ID, reason))
                .expectException(CommandRefusedException.class)
                .expectException(refusedWith("reason", "REASON_REQUIRED"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("REF-3: a refund is approved once; approving it again is refused")
    void refusesASecondApproval() {
        fixture.given(processing())
                .when(new ApproveRefundCommand(REFUND_ID))
                .expectException(CommandRefusedException.class)
                .expectException(refusedWith("", "REFUND_ALREADY_APPROVED"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("REF-3: a refund whose payment failed cannot be approved again (it is retried instead, REF-4)")
    void refusesApprovalAfterAFailedPayment() {
        fixture.given(opened(), approved(), started(ORIGINAL_METHOD, 1), failed(1))
                .when(new ApproveRefundCommand(REFUND_ID))
                .expectException(CommandRefusedException.class)
                .expectException(refusedWith("", "REFUND_ALREADY_APPROVED"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("REF-3: a rejected refund cannot be approved")
    void refusesApprovingARejectedRefund() {
        fixture.given(opened(), rejected())
                .when(new ApproveRefundCommand(REFUND_ID))
                .expectException(CommandRefusedException.class)
                .expectException(refusedWith("", "REFUND_ALREADY_REJECTED"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("REF-3: an approved refund cannot be rejected")
    void refusesRejectingAnApprovedRefund() {
        fixture.given(processing())
                .when(new RejectRefundCommand(REFUND_ID, "changed our mind"))
                .expectException(CommandRefusedException.class)
                .expectException(refusedWith("", "REFUND_ALREADY_APPROVED"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("REF-3: a refund is rejected once; rejecting it again is refused")
    void refusesASecondRejection() {
        fixture.given(opened(), rejected())
                .when(new RejectRefundCommand(REFUND_ID, "still not a quality issue"))
                .expectException(CommandRefusedException.class)
                .expectException(refusedWith("", "REFUND_ALREADY_REJECTED"))
                .expectNoEvents();
    }
}
