package io.ledgerline.command.order;

import static io.ledgerline.command.order.Orders.ORDER_ID;
import static io.ledgerline.command.order.Orders.ORDER_NUMBER;
import static io.ledgerline.command.order.Orders.PAID_AT;
import static io.ledgerline.command.order.Orders.PLACED_AT;
import static io.ledgerline.command.order.Orders.REVIEW_THRESHOLD;
import static io.ledgerline.command.order.Orders.SOFA;
import static io.ledgerline.command.order.Orders.SOFA_TOTAL;
import static io.ledgerline.command.order.Orders.TOTAL;
import static io.ledgerline.command.order.Orders.TX;
import static io.ledgerline.command.order.Orders.awaitingReview;
import static io.ledgerline.command.order.Orders.delivered;
import static io.ledgerline.command.order.Orders.fixtureAt;
import static io.ledgerline.command.order.Orders.paid;
import static io.ledgerline.command.order.Orders.pay;
import static io.ledgerline.command.order.Orders.place;
import static io.ledgerline.command.order.Orders.placed;
import static io.ledgerline.command.order.Orders.refundRequested;
import static io.ledgerline.command.order.Orders.shipped;
import static io.ledgerline.command.order.Orders.stockReserved;
import static io.ledgerline.command.order.Orders.with;
import static io.ledgerline.command.order.Refusals.refusedInState;
import static io.ledgerline.command.order.Refusals.refusedWith;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.axonframework.test.matchers.Matchers.predicate;

import io.ledgerline.api.common.CommandRefusedException;
import io.ledgerline.api.common.Money;
import io.ledgerline.api.order.ApproveOrderCommand;
import io.ledgerline.api.order.CancelOrderCommand;
import io.ledgerline.api.order.OrderApprovedEvent;
import io.ledgerline.api.order.CancellationCause;
import io.ledgerline.api.order.OrderCancelledEvent;
import io.ledgerline.api.order.OrderHeldForReviewEvent;
import io.ledgerline.api.order.OrderLine;
import io.ledgerline.api.order.OrderReadyForFulfilmentEvent;
import io.ledgerline.api.order.OrderRefundedEvent;
import io.ledgerline.api.order.OrderRejectedEvent;
import io.ledgerline.api.order.PaymentMethod;
import io.ledgerline.api.order.PaymentRecordedEvent;
import io.ledgerline.api.order.RecordRefundCompletedCommand;
import io.ledgerline.api.order.RefundRequestedEvent;
import io.ledgerline.api.order.RejectOrderCommand;
import io.ledgerline.api.refund.RefundReason;
import java.time.Instant;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** ORD-7 (review of large orders) and ORD-8 (cancellation; a full refund cancels an unshipped order). */
class OrderReviewAndCancellationTest {

    private static final Instant NOW = PAID_AT.plusSeconds(3600);

    // ---- ORD-7

    @Test
    @DisplayName("ORD-7: a payment of a total above 10,000.00 is recorded and the order is held for review")
    void largeOrderIsHeldForReview() {
        fixtureAt(NOW).given(stockReserved(List.of(SOFA), SOFA_TOTAL))
                .when(pay(SOFA_TOTAL, TX))
                .expectEvents(new PaymentRecordedEvent(ORDER_ID, PaymentMethod.ONLINE, SOFA_TOTAL, TX, NOW),
                        new OrderHeldForReviewEvent(ORDER_ID, SOFA_TOTAL, REVIEW_THRESHOLD));
    }

    @Test
    @DisplayName("ORD-7: a total of exactly 10,000.00 is not above the threshold: no review")
    void thresholdItselfIsNotReviewed() {
        Money tenThousand = Money.of("10000.00");
        List<OrderLine> lines = List.of(new OrderLine("SKU-8", "Armchair", "FURNITURE", Money.of("5000.00"), 2));

        fixtureAt(NOW).given(stockReserved(lines, tenThousand))
                .when(pay(tenThousand, TX))
                .expectEvents(new PaymentRecordedEvent(ORDER_ID, PaymentMethod.ONLINE, tenThousand, TX, NOW),
                        new OrderReadyForFulfilmentEvent(ORDER_ID, "PAID"));
    }

    @Test
    @DisplayName("ORD-7: an approved order becomes ready for fulfilment (REVIEW_APPROVED)")
    void approvesOrder() {
        fixtureAt(NOW).given(awaitingReview())
                .when(new ApproveOrderCommand(ORDER_ID))
                .expectEvents(new OrderApprovedEvent(ORDER_ID, NOW),
                        new OrderReadyForFulfilmentEvent(ORDER_ID, "REVIEW_APPROVED"));
    }

    @Test
    @DisplayName("ORD-7: a rejected order is REVIEW_REJECTED and the whole payment is refunded (ORDER_REJECTED)")
    void rejectsOrderAndRefundsInFull() {
        String reason = "address on a fraud list";

        fixtureAt(NOW).given(awaitingReview())
                .when(new RejectOrderCommand(ORDER_ID, reason))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate(payload -> payload.equals(
                                new OrderRejectedEvent(ORDER_ID, "REVIEW_REJECTED", List.of(), reason, NOW))),
                        predicate(payload -> payload instanceof RefundRequestedEvent refund
                                && isUuid(refund.refundId())
                                && refund.equals(new RefundRequestedEvent(ORDER_ID, refund.refundId(), ORDER_NUMBER,
                                        RefundReason.ORDER_REJECTED, SOFA_TOTAL, List.of(), List.of(), "RETURNS", reason,
                                        PaymentMethod.ONLINE, NOW))),
                        andNoMore())));
    }

    @Test
    @DisplayName("ORD-7: a rejection needs a reason (reason REASON_REQUIRED)")
    void rejectionNeedsAReason() {
        fixtureAt(NOW).given(awaitingReview())
                .when(new RejectOrderCommand(ORDER_ID, ""))
                .expectException(CommandRefusedException.class)
                .expectException(refusedWith("reason:REASON_REQUIRED"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("ORD-7: an order not awaiting review cannot be approved (ORDER_NOT_AWAITING_REVIEW)")
    void approvalRefusedWhenNotAwaitingReview() {
        fixtureAt(NOW).given(paid())
                .when(new ApproveOrderCommand(ORDER_ID))
                .expectException(refusedInState("ORDER_NOT_AWAITING_REVIEW"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("ORD-7: an approved order cannot be approved again (ORDER_NOT_AWAITING_REVIEW)")
    void approvalRefusedWhenAlreadyApproved() {
        fixtureAt(NOW).given(with(awaitingReview(), new OrderApprovedEvent(ORDER_ID, PAID_AT),
                        new OrderReadyForFulfilmentEvent(ORDER_ID, "REVIEW_APPROVED")))
                .when(new ApproveOrderCommand(ORDER_ID))
                .expectException(refusedInState("ORDER_NOT_AWAITING_REVIEW"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("ORD-7: an order not awaiting review cannot be rejected (ORDER_NOT_AWAITING_REVIEW)")
    void rejectionRefusedWhenNotAwaitingReview() {
        fixtureAt(NOW).given(stockReserved())
                .when(new RejectOrderCommand(ORDER_ID, "looks odd"))
                .expectException(refusedInState("ORDER_NOT_AWAITING_REVIEW"))
                .expectNoEvents();
    }

    // ---- ORD-8

    @Test
    @DisplayName("ORD-8: an unpaid order is cancelled with its reason")
    void cancelsUnpaidOrder() {
        fixtureAt(NOW).given(stockReserved())
                .when(new CancelOrderCommand(ORDER_ID, "changed my mind"))
                .expectEvents(new OrderCancelledEvent(ORDER_ID, CancellationCause.REQUESTED, "changed my mind", NOW));
    }

    @Test
    @DisplayName("ORD-8, ORD-6: a cancelled order is not cancelled again when its payment timeout fires")
    void cancellationOutlivesThePaymentTimeout() {
        fixtureAt(PLACED_AT).givenCommands(place(), new CancelOrderCommand(ORDER_ID, "changed my mind"))
                .whenTimeElapses(Duration.ofMinutes(31))
                .expectTriggeredDeadlinesWithName(Order.PAYMENT_TIMEOUT)
                .expectNoEvents();
    }

    @Test
    @DisplayName("ORD-8: a cancellation needs a reason (reason REASON_REQUIRED)")
    void cancellationNeedsAReason() {
        fixtureAt(NOW).given(placed())
                .when(new CancelOrderCommand(ORDER_ID, "  "))
                .expectException(CommandRefusedException.class)
                .expectException(refusedWith("reason:REASON_REQUIRED"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("ORD-8: a paid order is refunded, not cancelled (PAID_ORDER_MUST_BE_REFUNDED)")
    void paidOrderIsNotCancelled() {
        fixtureAt(NOW).given(paid())
                .when(new CancelOrderCommand(ORDER_ID, "changed my mind"))
                .expectException(CommandRefusedException.class)
                .expectException(refusedInState("PAID_ORDER_MUST_BE_REFUNDED"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("ORD-8: a paid order held for review is refunded, not cancelled (PAID_ORDER_MUST_BE_REFUNDED)")
    void orderAwaitingReviewIsNotCancelled() {
        fixtureAt(NOW).given(awaitingReview())
                .when(new CancelOrderCommand(ORDER_ID, "changed my mind"))
                .expectException(refusedInState("PAID_ORDER_MUST_BE_REFUNDED"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("ORD-8: a shipped order cannot be cancelled (ORDER_NOT_CANCELLABLE)")
    void shippedOrderIsNotCancellable() {
        fixtureAt(NOW).given(shipped())
                .when(new CancelOrderCommand(ORDER_ID, "changed my mind"))
                .expectException(refusedInState("ORDER_NOT_CANCELLABLE"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("ORD-8: a delivered order cannot be cancelled (ORDER_NOT_CANCELLABLE)")
    void deliveredOrderIsNotCancellable() {
        fixtureAt(NOW).given(delivered())
                .when(new CancelOrderCommand(ORDER_ID, "changed my mind"))
                .expectException(refusedInState("ORDER_NOT_CANCELLABLE"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("ORD-8: a cancelled order cannot be cancelled again (ORDER_NOT_CANCELLABLE)")
    void cancelledOrderIsNotCancellableAgain() {
        fixtureAt(NOW)
                .given(with(placed(), new OrderCancelledEvent(ORDER_ID, CancellationCause.REQUESTED, "changed my mind", PLACED_AT)))
                .when(new CancelOrderCommand(ORDER_ID, "again"))
                .expectException(refusedInState("ORDER_NOT_CANCELLABLE"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("ORD-8: a full refund of an unshipped paid order records the refund and cancels it (FULLY_REFUNDED)")
    void fullRefundCancelsUnshippedOrder() {
        fixtureAt(NOW).given(with(paid(), refundRequested("R-1", TOTAL)))
                .when(new RecordRefundCompletedCommand(ORDER_ID, "R-1", TOTAL))
                .expectEvents(new OrderRefundedEvent(ORDER_ID, "R-1", TOTAL, TOTAL),
                        new OrderCancelledEvent(ORDER_ID, CancellationCause.FULLY_REFUNDED, "FULLY_REFUNDED", NOW));
    }

    @Test
    @DisplayName("ORD-8: a partial refund of a paid order only records the refund")
    void partialRefundOnlyRecordsTheRefund() {
        Money hundred = Money.of("100.00");

        fixtureAt(NOW).given(with(paid(), refundRequested("R-1", hundred)))
                .when(new RecordRefundCompletedCommand(ORDER_ID, "R-1", hundred))
                .expectEvents(new OrderRefundedEvent(ORDER_ID, "R-1", hundred, hundred));
    }

    @Test
    @DisplayName("ORD-8: partial refunds adding up to what was paid cancel the unshipped order")
    void partialRefundsAddingUpCancelTheOrder() {
        Money hundred = Money.of("100.00");
        Money rest = Money.of("88.70");

        fixtureAt(NOW).given(with(paid(), refundRequested("R-1", hundred), refundRequested("R-2", rest),
                        new OrderRefundedEvent(ORDER_ID, "R-1", hundred, hundred)))
                .when(new RecordRefundCompletedCommand(ORDER_ID, "R-2", rest))
                .expectEvents(new OrderRefundedEvent(ORDER_ID, "R-2", rest, TOTAL),
                        new OrderCancelledEvent(ORDER_ID, CancellationCause.FULLY_REFUNDED, "FULLY_REFUNDED", NOW));
    }

    @Test
    @DisplayName("ORD-8: a full refund of an order held for review cancels it (FULLY_REFUNDED)")
    void fullRefundCancelsOrderAwaitingReview() {
        fixtureAt(NOW).given(with(awaitingReview(), refundRequested("R-1", SOFA_TOTAL)))
                .when(new RecordRefundCompletedCommand(ORDER_ID, "R-1", SOFA_TOTAL))
                .expectEvents(new OrderRefundedEvent(ORDER_ID, "R-1", SOFA_TOTAL, SOFA_TOTAL),
                        new OrderCancelledEvent(ORDER_ID, CancellationCause.FULLY_REFUNDED, "FULLY_REFUNDED", NOW));
    }

    @Test
    @DisplayName("ORD-8: a full refund of a shipped order does not cancel it")
    void fullRefundOfShippedOrderDoesNotCancel() {
        fixtureAt(NOW).given(with(shipped(), refundRequested("R-1", TOTAL)))
                .when(new RecordRefundCompletedCommand(ORDER_ID, "R-1", TOTAL))
                .expectEvents(new OrderRefundedEvent(ORDER_ID, "R-1", TOTAL, TOTAL));
    }

    @Test
    @DisplayName("ORD-8: completing the same refund again is a no-op")
    void repeatedRefundCompletionIsANoOp() {
        Money hundred = Money.of("100.00");

        fixtureAt(NOW).given(with(paid(), refundRequested("R-1", hundred),
                        new OrderRefundedEvent(ORDER_ID, "R-1", hundred, hundred)))
                .when(new RecordRefundCompletedCommand(ORDER_ID, "R-1", hundred))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    @DisplayName("ORD-8: completing a full refund again after the cancellation is a no-op")
    void repeatedFullRefundCompletionIsANoOp() {
        fixtureAt(NOW).given(with(paid(), refundRequested("R-1", TOTAL), new OrderRefundedEvent(ORDER_ID, "R-1", TOTAL, TOTAL),
                        new OrderCancelledEvent(ORDER_ID, CancellationCause.FULLY_REFUNDED, "FULLY_REFUNDED", PAID_AT)))
                .when(new RecordRefundCompletedCommand(ORDER_ID, "R-1", TOTAL))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    private static boolean isUuid(String value) {
        try {
            return UUID.fromString(value).toString().equals(value);
        } catch (IllegalArgumentException | NullPointerException notAUuid) {
            return false;
        }
    }
}
