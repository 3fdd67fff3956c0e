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
import io.ledgerline.api.refund.ApproveRefundCommand;
import io.ledgerline.api.refund.RecordRefundResultCommand;
import io.ledgerline.api.refund.RefundCompletedEvent;
import io.ledgerline.api.refund.RefundFailedEvent;
import io.ledgerline.api.refund.RetryRefundCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** REF-4: the payment provider's result for the payment in progress completes the refund or fails it. */
class RefundResultTest {

    private AggregateTestFixture<Refund> fixture;

    @BeforeEach
    void setUp() {
        fixture = Refunds.fixture();
    }

    @Test
    @DisplayName("REF-3, REF-4: opened, approved and paid back, a refund completes, carrying the goods to restock")
    void happyPathToCompleted() {
        fixture.givenCommands(Refunds.open(), new ApproveRefundCommand(REFUND_ID))
                .when(new RecordRefundResultCommand(REFUND_ID, true, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new RefundCompletedEvent(REFUND_ID, ORDER_ID, AMOUNT, true, SKUS, NOW));
    }

    @Test
    @DisplayName("REF-4: a failed payment records the provider's reason and which attempt failed")
    void recordsAFailure() {
        fixture.given(processing())
                .when(new RecordRefundResultCommand(REFUND_ID, false, "card account closed"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new RefundFailedEvent(REFUND_ID, ORDER_ID, "card account closed", 1, NOW));
    }

    @Test
    @DisplayName("REF-4: a failure on a retried payment names that attempt")
    void recordsAFailureOfALaterAttempt() {
        fixture.given(opened(), approved(), started(ORIGINAL_METHOD, 1), failed(1), started(ORIGINAL_METHOD, 2))
                .when(new RecordRefundResultCommand(REFUND_ID, false, "provider timeout"))
                .expectEvents(new RefundFailedEvent(REFUND_ID, ORDER_ID, "provider timeout", 2, NOW));
    }

    @Test
    @DisplayName("REF-4: failed, then retried, a refund completes")
    void failureThenRetryThenCompleted() {
        fixture.givenCommands(Refunds.open(), new ApproveRefundCommand(REFUND_ID),
                        new RecordRefundResultCommand(REFUND_ID, false, "provider timeout"),
                        new RetryRefundCommand(REFUND_ID, null))
                .when(new RecordRefundResultCommand(REFUND_ID, true, null))
                .expectEvents(new RefundCompletedEvent(REFUND_ID, ORDER_ID, AMOUNT, true, SKUS, NOW));
    }

    @ParameterizedTest(name = "failureReason \"{0}\"")
    @NullSource
    @ValueSource(strings = {"", "  "})
    @DisplayName("REF-4: a failure without the provider's reason is refused, naming the failure reason")
    void refusesAFailureWithoutReason(String failureReason) {
        fixture.given(processing())
                .when(new RecordRefundResultCommand(REFUND_ID, false, failureReason))
                .expectException(CommandRefusedException.class)
                .expectException(refusedWith("failureReason", "FAILURE_REASON_REQUIRED"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("REF-4: a success that carries a failure reason contradicts itself and is refused")
    void refusesASuccessWithAFailureReason() {
        fixture.given(processing())
                .when(new RecordRefundResultCommand(REFUND_ID, true, "card account closed"))
                .expectException(CommandRefusedException.class)
                .expectException(refusedWith("failureReason", "FAILURE_REASON_ON_SUCCESS"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("REF-4: a result for a refund still awaiting review is refused: nothing was paid yet")
    void refusesAResultBeforeApproval() {
        fixture.given(opened())
                .when(new RecordRefundResultCommand(REFUND_ID, true, null))
                .expectException(CommandRefusedException.class)
                .expectException(refusedWith("", "REFUND_NOT_PROCESSING"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("REF-4: a result for a rejected refund is refused")
    void refusesAResultForARejectedRefund() {
        fixture.given(opened(), rejected())
                .when(new RecordRefundResultCommand(REFUND_ID, true, null))
                .expectException(CommandRefusedException.class)
                .expectException(refusedWith("", "REFUND_NOT_PROCESSING"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("REF-4: a second result for a completed refund is refused: it is paid back once")
    void refusesAResultForACompletedRefund() {
        fixture.given(opened(), approved(), started(ORIGINAL_METHOD, 1),
                        new RefundCompletedEvent(REFUND_ID, ORDER_ID, AMOUNT, true, SKUS, Refunds.EARLIER))
                .when(new RecordRefundResultCommand(REFUND_ID, true, null))
                .expectException(CommandRefusedException.class)
                .expectException(refusedWith("", "REFUND_NOT_PROCESSING"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("REF-4: a result for a failed attempt that was not retried is refused")
    void refusesAResultForAFailedRefund() {
        fixture.given(opened(), approved(), started(ORIGINAL_METHOD, 1), failed(1))
                .when(new RecordRefundResultCommand(REFUND_ID, true, null))
                .expectException(CommandRefusedException.class)
                .expectException(refusedWith("", "REFUND_NOT_PROCESSING"))
                .expectNoEvents();
    }
}
