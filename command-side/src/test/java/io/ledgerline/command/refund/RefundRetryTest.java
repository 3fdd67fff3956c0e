package io.ledgerline.command.refund;

import static io.ledgerline.command.refund.Refunds.AMOUNT;
import static io.ledgerline.command.refund.Refunds.NOW;
import static io.ledgerline.command.refund.Refunds.ORDER_ID;
import static io.ledgerline.command.refund.Refunds.ORIGINAL_METHOD;
import static io.ledgerline.command.refund.Refunds.REFUND_ID;
import static io.ledgerline.command.refund.Refunds.SKUS;
import static io.ledgerline.command.refund.Refunds.approved;
import static io.ledgerline.command.refund.Refunds.failed;
import static io.ledgerline.command.refund.Refunds.opened;
import static io.ledgerline.command.refund.Refunds.processing;
import static io.ledgerline.command.refund.Refunds.refusedWith;
import static io.ledgerline.command.refund.Refunds.rejected;
import static io.ledgerline.command.refund.Refunds.started;

import io.ledgerline.api.common.CommandRefusedException;
import io.ledgerline.api.order.PaymentMethod;
import io.ledgerline.api.refund.RefundCompletedEvent;
import io.ledgerline.api.refund.RefundPaymentStartedEvent;
import io.ledgerline.api.refund.RetryRefundCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** REF-4: a failed refund payment is retried, on the same or another method, at most 3 attempts in all. */
class RefundRetryTest {

    private AggregateTestFixture<Refund> fixture;

    @BeforeEach
    void setUp() {
        fixture = Refunds.fixture();
    }

    @Test
    @DisplayName("REF-4: a retry without a method pays again on the method of the failed attempt, as attempt 2")
    void retriesOnTheSameMethod() {
        fixture.given(opened(), approved(), started(ORIGINAL_METHOD, 1), failed(1))
                .when(new RetryRefundCommand(REFUND_ID, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new RefundPaymentStartedEvent(REFUND_ID, ORDER_ID, AMOUNT, ORIGINAL_METHOD, 2, NOW));
    }

    @Test
    @DisplayName("REF-4: a retry may re-route the payment to another method")
    void reroutesToAnotherMethod() {
        fixture.given(opened(), approved(), started(ORIGINAL_METHOD, 1), failed(1))
                .when(new RetryRefundCommand(REFUND_ID, PaymentMethod.BALANCE))
                .expectEvents(new RefundPaymentStartedEvent(REFUND_ID, ORDER_ID, AMOUNT, PaymentMethod.BALANCE, 2,
                        NOW));
    }

    @Test
    @DisplayName("REF-4: after a re-route, a retry without a method stays on the re-routed method")
    void aRerouteSticksForLaterRetries() {
        fixture.given(opened(), approved(), started(ORIGINAL_METHOD, 1), failed(1),
                        started(PaymentMethod.BANK_TRANSFER, 2), failed(2))
                .when(new RetryRefundCommand(REFUND_ID, null))
                .expectEvents(new RefundPaymentStartedEvent(REFUND_ID, ORDER_ID, AMOUNT, PaymentMethod.BANK_TRANSFER,
                        3, NOW));
    }

    @Test
    @DisplayName("REF-4: the third attempt is still allowed")
    void allowsTheThirdAttempt() {
        fixture.given(opened(), approved(), started(ORIGINAL_METHOD, 1), failed(1), started(ORIGINAL_METHOD, 2),
                        failed(2))
                .when(new RetryRefundCommand(REFUND_ID, PaymentMethod.BALANCE))
                .expectEvents(new RefundPaymentStartedEvent(REFUND_ID, ORDER_ID, AMOUNT, PaymentMethod.BALANCE, 3,
                        NOW));
    }

    @Test
    @DisplayName("REF-4: a fourth attempt is refused, re-routed or not")
    void refusesAFourthAttempt() {
        fixture.given(opened(), approved(), started(ORIGINAL_METHOD, 1), failed(1), started(ORIGINAL_METHOD, 2),
                        failed(2), started(PaymentMethod.BALANCE, 3), failed(3))
                .when(new RetryRefundCommand(REFUND_ID, PaymentMethod.BANK_TRANSFER))
                .expectException(CommandRefusedException.class)
                .expectException(refusedWith("", "RETRY_LIMIT_REACHED"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("REF-4: a payment still in progress cannot be retried")
    void refusesRetryWhileProcessing() {
        fixture.given(processing())
                .when(new RetryRefundCommand(REFUND_ID, null))
                .expectException(CommandRefusedException.class)
                .expectException(refusedWith("", "REFUND_NOT_FAILED"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("REF-4: a refund awaiting review cannot be retried: it was never paid")
    void refusesRetryBeforeApproval() {
        fixture.given(opened())
                .when(new RetryRefundCommand(REFUND_ID, null))
                .expectException(CommandRefusedException.class)
                .expectException(refusedWith("", "REFUND_NOT_FAILED"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("REF-4: a rejected refund cannot be retried")
    void refusesRetryOfARejectedRefund() {
        fixture.given(opened(), rejected())
                .when(new RetryRefundCommand(REFUND_ID, PaymentMethod.BALANCE))
                .expectException(CommandRefusedException.class)
                .expectException(refusedWith("", "REFUND_NOT_FAILED"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("REF-4: a completed refund cannot be retried: it would be paid back twice")
    void refusesRetryOfACompletedRefund() {
        fixture.given(opened(), approved(), started(ORIGINAL_METHOD, 1),
                        new RefundCompletedEvent(REFUND_ID, ORDER_ID, AMOUNT, true, SKUS, Refunds.EARLIER))
                .when(new RetryRefundCommand(REFUND_ID, null))
                .expectException(CommandRefusedException.class)
                .expectException(refusedWith("", "REFUND_NOT_FAILED"))
                .expectNoEvents();
    }
}
