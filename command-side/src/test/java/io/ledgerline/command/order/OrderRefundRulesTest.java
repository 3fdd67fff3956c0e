package io.ledgerline.command.order;

import static io.ledgerline.command.order.Orders.CUP;
import static io.ledgerline.command.order.Orders.DELIVERED_AT;
import static io.ledgerline.command.order.Orders.ORDER_ID;
import static io.ledgerline.command.order.Orders.ORDER_NUMBER;
import static io.ledgerline.command.order.Orders.PAID_AT;
import static io.ledgerline.command.order.Orders.SOFA_TOTAL;
import static io.ledgerline.command.order.Orders.TOTAL;
import static io.ledgerline.command.order.Orders.awaitingReview;
import static io.ledgerline.command.order.Orders.codShipped;
import static io.ledgerline.command.order.Orders.delivered;
import static io.ledgerline.command.order.Orders.fixtureAt;
import static io.ledgerline.command.order.Orders.paid;
import static io.ledgerline.command.order.Orders.refundRequested;
import static io.ledgerline.command.order.Orders.shipped;
import static io.ledgerline.command.order.Orders.stockReserved;
import static io.ledgerline.command.order.Orders.with;
import static io.ledgerline.command.order.Refusals.refusedInState;
import static io.ledgerline.command.order.Refusals.refusedWith;

import io.ledgerline.api.common.CommandRefusedException;
import io.ledgerline.api.common.Money;
import io.ledgerline.api.order.OrderCompletedEvent;
import io.ledgerline.api.order.OrderDeliveredEvent;
import io.ledgerline.api.order.OrderLine;
import io.ledgerline.api.order.OrderRefundedEvent;
import io.ledgerline.api.order.OrderRejectedEvent;
import io.ledgerline.api.order.PaymentMethod;
import io.ledgerline.api.order.PaymentRecordedEvent;
import io.ledgerline.api.order.RefundAllocationReleasedEvent;
import io.ledgerline.api.order.RefundRequestedEvent;
import io.ledgerline.api.order.ReleaseRefundAllocationCommand;
import io.ledgerline.api.order.RequestRefundCommand;
import io.ledgerline.api.order.ReturnedItem;
import io.ledgerline.api.order.TrackingEventRecordedEvent;
import io.ledgerline.api.order.TrackingStatus;
import io.ledgerline.api.refund.RefundReason;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** REF-1 (request), REF-2 (ceiling: never more than paid) and REF-5 (returns of goods), as the order decides them. */
class OrderRefundRulesTest {

    private static final Instant NOW = DELIVERED_AT.plus(Duration.ofDays(2));
    private static final Money HUNDRED = Money.of("100.00");
    private static final String NOTE = "customer asked";

    /** Tea leaves: a FOOD line next to the (returnable) tea cups. */
    private static final OrderLine TEA = new OrderLine("SKU-5", "Longjing tea", "FOOD", Money.of("88.00"), 2);
    private static final List<OrderLine> CUPS_AND_TEA = List.of(CUP, TEA);
    private static final Money CUPS_AND_TEA_TOTAL = Money.of("235.70"); // 3 x 19.90 + 2 x 88.00

    // ---- REF-1

    @Test
    @DisplayName("REF-1: a refund of a paid order is requested with its reason, amount, note and payment method")
    void requestsRefund() {
        fixtureAt(NOW).given(paid())
                .when(refund("R-1", RefundReason.CUSTOMER_REQUEST, Money.of("50.00"), List.of(), false))
                .expectEvents(new RefundRequestedEvent(ORDER_ID, "R-1", ORDER_NUMBER, RefundReason.CUSTOMER_REQUEST,
                        Money.of("50.00"), List.of(), List.of(), "RETURNS", NOTE, PaymentMethod.ONLINE, NOW));
    }

    @Test
    @DisplayName("REF-1: a refund may name lines of the order; without a return nothing comes back")
    void requestsRefundForLines() {
        fixtureAt(NOW).given(shipped())
                .when(refund("R-1", RefundReason.LOGISTICS_EXCEPTION, Money.of("129.00"), List.of("SKU-2"), false))
                .expectEvents(new RefundRequestedEvent(ORDER_ID, "R-1", ORDER_NUMBER, RefundReason.LOGISTICS_EXCEPTION,
                        Money.of("129.00"), List.of("SKU-2"), List.of(), "RETURNS", NOTE, PaymentMethod.ONLINE, NOW));
    }

    @Test
    @DisplayName("REF-1: a completed order can still be refunded")
    void refundsCompletedOrder() {
        fixtureAt(NOW).given(with(delivered(), new OrderCompletedEvent(ORDER_ID, "CUSTOMER_CONFIRMED", DELIVERED_AT)))
                .when(refund("R-1", RefundReason.OTHER, HUNDRED, List.of(), false))
                .expectEvents(new RefundRequestedEvent(ORDER_ID, "R-1", ORDER_NUMBER, RefundReason.OTHER, HUNDRED,
                        List.of(), List.of(), "RETURNS", NOTE, PaymentMethod.ONLINE, NOW));
    }

    @Test
    @DisplayName("REF-1: a delivered cash-on-delivery order is paid and can be refunded")
    void refundsDeliveredCodOrder() {
        fixtureAt(NOW).given(with(codShipped(),
                        new TrackingEventRecordedEvent(ORDER_ID, TrackingStatus.DELIVERED, "Hangzhou", null, "Li Wei", DELIVERED_AT),
                        new OrderDeliveredEvent(ORDER_ID, "Li Wei", DELIVERED_AT),
                        new PaymentRecordedEvent(ORDER_ID, PaymentMethod.CASH_ON_DELIVERY, TOTAL, "COD-" + ORDER_NUMBER, DELIVERED_AT)))
                .when(refund("R-1", RefundReason.CUSTOMER_REQUEST, HUNDRED, List.of(), false))
                .expectEvents(new RefundRequestedEvent(ORDER_ID, "R-1", ORDER_NUMBER, RefundReason.CUSTOMER_REQUEST, HUNDRED,
                        List.of(), List.of(), "RETURNS", NOTE, PaymentMethod.CASH_ON_DELIVERY, NOW));
    }

    @Test
    @DisplayName("REF-1: an unpaid order cannot be refunded (ORDER_NOT_PAID)")
    void unpaidOrderIsNotRefunded() {
        fixtureAt(NOW).given(stockReserved())
                .when(refund("R-1", RefundReason.CUSTOMER_REQUEST, HUNDRED, List.of(), false))
                .expectException(CommandRefusedException.class)
                .expectException(refusedInState("ORDER_NOT_PAID"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("REF-1: a cash-on-delivery order shipped but not yet paid cannot be refunded (ORDER_NOT_PAID)")
    void unpaidCodOrderIsNotRefunded() {
        fixtureAt(NOW).given(codShipped())
                .when(refund("R-1", RefundReason.CUSTOMER_REQUEST, HUNDRED, List.of(), false))
                .expectException(refusedInState("ORDER_NOT_PAID"))
                .expectNoEvents();
    }

    @ParameterizedTest(name = "REF-1: a refund of {0} is refused (amount INVALID_AMOUNT)")
    @ValueSource(strings = {"0.00", "-5.00"})
    @DisplayName("REF-1: the refund amount must be positive")
    void amountMustBePositive(String amount) {
        fixtureAt(NOW).given(paid())
                .when(refund("R-1", RefundReason.CUSTOMER_REQUEST, Money.of(amount), List.of(), false))
                .expectException(CommandRefusedException.class)
                .expectException(refusedWith("amount:INVALID_AMOUNT"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("REF-1: a refund without an amount is refused (amount INVALID_AMOUNT)")
    void amountIsRequired() {
        fixtureAt(NOW).given(paid())
                .when(refund("R-1", RefundReason.CUSTOMER_REQUEST, null, List.of(), false))
                .expectException(refusedWith("amount:INVALID_AMOUNT"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("REF-1: a refund in another currency than was paid is refused (amount WRONG_CURRENCY)")
    void amountInOtherCurrencyIsRefused() {
        fixtureAt(NOW).given(paid())
                .when(refund("R-1", RefundReason.CUSTOMER_REQUEST, new Money(new BigDecimal("10.00"), "USD"), List.of(), false))
                .expectException(refusedWith("amount:WRONG_CURRENCY"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("REF-1: skus must belong to the order (skus.0 UNKNOWN_SKU)")
    void unknownSkuIsRefused() {
        fixtureAt(NOW).given(paid())
                .when(refund("R-1", RefundReason.CUSTOMER_REQUEST, HUNDRED, List.of("SKU-404"), false))
                .expectException(CommandRefusedException.class)
                .expectException(refusedWith("skus.0:UNKNOWN_SKU"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("REF-1: each unknown sku is named by its position (skus.1 UNKNOWN_SKU)")
    void unknownSkuIsNamedByPosition() {
        fixtureAt(NOW).given(paid())
                .when(refund("R-1", RefundReason.CUSTOMER_REQUEST, HUNDRED, List.of("SKU-1", "SKU-404"), false))
                .expectException(refusedWith("skus.1:UNKNOWN_SKU"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("REF-1: a refund id and a reason are required")
    void refundIdAndReasonAreRequired() {
        fixtureAt(NOW).given(paid())
                .when(refund(" ", null, HUNDRED, List.of(), false))
                .expectException(refusedWith("refundId:REQUIRED", "reason:REQUIRED"))
                .expectNoEvents();
    }

    // ---- REF-2

    @Test
    @DisplayName("REF-2: a request beyond what was paid is refused (amount REFUND_EXCEEDS_PAID)")
    void refundBeyondPaidIsRefused() {
        fixtureAt(NOW).given(with(paid(), refundRequested("R-1", HUNDRED)))
                .when(refund("R-2", RefundReason.CUSTOMER_REQUEST, HUNDRED, List.of(), false))
                .expectException(CommandRefusedException.class)
                .expectException(refusedWith("amount:REFUND_EXCEEDS_PAID"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("REF-2: a request of exactly the rest of what was paid is accepted")
    void refundOfTheRestIsAccepted() {
        Money rest = Money.of("88.70");

        fixtureAt(NOW).given(with(paid(), refundRequested("R-1", HUNDRED)))
                .when(refund("R-2", RefundReason.CUSTOMER_REQUEST, rest, List.of(), false))
                .expectEvents(new RefundRequestedEvent(ORDER_ID, "R-2", ORDER_NUMBER, RefundReason.CUSTOMER_REQUEST, rest,
                        List.of(), List.of(), "RETURNS", NOTE, PaymentMethod.ONLINE, NOW));
    }

    @Test
    @DisplayName("REF-2: a single request of more than was paid is refused (amount REFUND_EXCEEDS_PAID)")
    void singleRefundBeyondPaidIsRefused() {
        fixtureAt(NOW).given(paid())
                .when(refund("R-1", RefundReason.CUSTOMER_REQUEST, Money.of("188.71"), List.of(), false))
                .expectException(refusedWith("amount:REFUND_EXCEEDS_PAID"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("REF-2: once a rejected refund's allocation is released, its amount can be requested again")
    void releasedAllocationNoLongerCounts() {
        fixtureAt(NOW).given(with(paid(), refundRequested("R-1", HUNDRED),
                        new RefundAllocationReleasedEvent(ORDER_ID, "R-1", HUNDRED)))
                .when(refund("R-2", RefundReason.CUSTOMER_REQUEST, HUNDRED, List.of(), false))
                .expectEvents(new RefundRequestedEvent(ORDER_ID, "R-2", ORDER_NUMBER, RefundReason.CUSTOMER_REQUEST, HUNDRED,
                        List.of(), List.of(), "RETURNS", NOTE, PaymentMethod.ONLINE, NOW));
    }

    @Test
    @DisplayName("REF-2: a completed refund keeps counting against what was paid")
    void completedRefundStillCounts() {
        fixtureAt(NOW).given(with(paid(), refundRequested("R-1", HUNDRED),
                        new OrderRefundedEvent(ORDER_ID, "R-1", HUNDRED, HUNDRED)))
                .when(refund("R-2", RefundReason.CUSTOMER_REQUEST, HUNDRED, List.of(), false))
                .expectException(refusedWith("amount:REFUND_EXCEEDS_PAID"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("REF-2, ORD-7: the full refund of a rejected review counts: nothing more can be requested")
    void reviewRejectionRefundCounts() {
        fixtureAt(NOW).given(with(awaitingReview(),
                        new OrderRejectedEvent(ORDER_ID, "REVIEW_REJECTED", List.of(), "fraud", PAID_AT),
                        new RefundRequestedEvent(ORDER_ID, "R-0", ORDER_NUMBER, RefundReason.ORDER_REJECTED, SOFA_TOTAL,
                                List.of(), List.of(), "RETURNS", "fraud", PaymentMethod.ONLINE, PAID_AT)))
                .when(refund("R-1", RefundReason.CUSTOMER_REQUEST, Money.of("0.01"), List.of(), false))
                .expectException(refusedWith("amount:REFUND_EXCEEDS_PAID"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("REF-2: releasing a counted refund's allocation records the amount released")
    void releasesAllocation() {
        fixtureAt(NOW).given(with(paid(), refundRequested("R-1", HUNDRED)))
                .when(new ReleaseRefundAllocationCommand(ORDER_ID, "R-1"))
                .expectEvents(new RefundAllocationReleasedEvent(ORDER_ID, "R-1", HUNDRED));
    }

    @Test
    @DisplayName("REF-2: releasing an unknown refund changes nothing")
    void releasingUnknownRefundIsANoOp() {
        fixtureAt(NOW).given(with(paid(), refundRequested("R-1", HUNDRED)))
                .when(new ReleaseRefundAllocationCommand(ORDER_ID, "R-404"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    @DisplayName("REF-2: releasing a refund twice changes nothing the second time")
    void releasingTwiceIsANoOp() {
        fixtureAt(NOW).given(with(paid(), refundRequested("R-1", HUNDRED),
                        new RefundAllocationReleasedEvent(ORDER_ID, "R-1", HUNDRED)))
                .when(new ReleaseRefundAllocationCommand(ORDER_ID, "R-1"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    @DisplayName("REF-2: a completed refund's allocation is not released")
    void completedRefundIsNotReleased() {
        fixtureAt(NOW).given(with(paid(), refundRequested("R-1", HUNDRED),
                        new OrderRefundedEvent(ORDER_ID, "R-1", HUNDRED, HUNDRED)))
                .when(new ReleaseRefundAllocationCommand(ORDER_ID, "R-1"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    // ---- REF-5

    @Test
    @DisplayName("REF-5: goods cannot be returned before delivery (returnGoods NOT_DELIVERED)")
    void returnBeforeDeliveryIsRefused() {
        fixtureAt(NOW).given(shipped())
                .when(refund("R-1", RefundReason.CUSTOMER_REQUEST, HUNDRED, List.of("SKU-1"), true))
                .expectException(CommandRefusedException.class)
                .expectException(refusedWith("returnGoods:NOT_DELIVERED"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("REF-5: a return on day 7 after delivery lists the returned line's sku and quantity and goes to RETURNS")
    void returnWithinWindowIsAccepted() {
        Instant sevenDaysLater = DELIVERED_AT.plus(Duration.ofDays(7));

        fixtureAt(sevenDaysLater).given(delivered())
                .when(refund("R-1", RefundReason.CUSTOMER_REQUEST, Money.of("59.70"), List.of("SKU-1"), true))
                .expectEvents(new RefundRequestedEvent(ORDER_ID, "R-1", ORDER_NUMBER, RefundReason.CUSTOMER_REQUEST,
                        Money.of("59.70"), List.of("SKU-1"), List.of(new ReturnedItem("SKU-1", 3)), "RETURNS", NOTE,
                        PaymentMethod.ONLINE, sevenDaysLater));
    }

    @Test
    @DisplayName("REF-5: a return naming no lines returns every line of the order")
    void returnOfWholeOrder() {
        fixtureAt(NOW).given(delivered())
                .when(refund("R-1", RefundReason.CUSTOMER_REQUEST, TOTAL, List.of(), true))
                .expectEvents(new RefundRequestedEvent(ORDER_ID, "R-1", ORDER_NUMBER, RefundReason.CUSTOMER_REQUEST, TOTAL,
                        List.of(), List.of(new ReturnedItem("SKU-1", 3), new ReturnedItem("SKU-2", 1)), "RETURNS", NOTE,
                        PaymentMethod.ONLINE, NOW));
    }

    @Test
    @DisplayName("REF-5: returned goods go to the warehouse the request names")
    void returnToNamedWarehouse() {
        fixtureAt(NOW).given(delivered())
                .when(new RequestRefundCommand(ORDER_ID, "R-1", RefundReason.CUSTOMER_REQUEST, Money.of("129.00"),
                        List.of("SKU-2"), true, "WH-SHANGHAI", NOTE))
                .expectEvents(new RefundRequestedEvent(ORDER_ID, "R-1", ORDER_NUMBER, RefundReason.CUSTOMER_REQUEST,
                        Money.of("129.00"), List.of("SKU-2"), List.of(new ReturnedItem("SKU-2", 1)), "WH-SHANGHAI", NOTE,
                        PaymentMethod.ONLINE, NOW));
    }

    @Test
    @DisplayName("REF-5: a return on day 8 after delivery is refused (returnGoods RETURN_WINDOW_CLOSED)")
    void returnAfterWindowIsRefused() {
        fixtureAt(DELIVERED_AT.plus(Duration.ofDays(7)).plus(Duration.ofHours(1))).given(delivered())
                .when(refund("R-1", RefundReason.CUSTOMER_REQUEST, Money.of("59.70"), List.of("SKU-1"), true))
                .expectException(CommandRefusedException.class)
                .expectException(refusedWith("returnGoods:RETURN_WINDOW_CLOSED"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("REF-5: a refund without a return is not bound by the return window")
    void refundWithoutReturnAfterWindow() {
        Instant later = DELIVERED_AT.plus(Duration.ofDays(30));

        fixtureAt(later).given(delivered())
                .when(refund("R-1", RefundReason.WRONG_AMOUNT, Money.of("10.00"), List.of(), false))
                .expectEvents(new RefundRequestedEvent(ORDER_ID, "R-1", ORDER_NUMBER, RefundReason.WRONG_AMOUNT,
                        Money.of("10.00"), List.of(), List.of(), "RETURNS", NOTE, PaymentMethod.ONLINE, later));
    }

    @ParameterizedTest(name = "REF-5: {0} goods are not returned for a customer request (returnGoods NON_RETURNABLE_CATEGORY)")
    @ValueSource(strings = {"FOOD", "COSMETICS", "UNDERWEAR", "PERSONAL_CARE", "CUSTOM"})
    @DisplayName("REF-5: non-returnable categories are refused unless for a quality issue")
    void nonReturnableCategoryIsRefused(String category) {
        List<OrderLine> lines = List.of(new OrderLine("SKU-7", "Item", category, Money.of("50.00"), 1));

        fixtureAt(NOW).given(delivered(lines, Money.of("50.00")))
                .when(refund("R-1", RefundReason.CUSTOMER_REQUEST, Money.of("50.00"), List.of("SKU-7"), true))
                .expectException(CommandRefusedException.class)
                .expectException(refusedWith("returnGoods:NON_RETURNABLE_CATEGORY"))
                .expectNoEvents();
    }

    @ParameterizedTest(name = "REF-5: {0} goods are returned for a quality issue")
    @ValueSource(strings = {"FOOD", "COSMETICS", "UNDERWEAR", "PERSONAL_CARE", "CUSTOM"})
    @DisplayName("REF-5: non-returnable categories are returned for a quality issue")
    void nonReturnableCategoryIsReturnedForQualityIssue(String category) {
        List<OrderLine> lines = List.of(new OrderLine("SKU-7", "Item", category, Money.of("50.00"), 2));

        fixtureAt(NOW).given(delivered(lines, Money.of("100.00")))
                .when(refund("R-1", RefundReason.QUALITY_ISSUE, Money.of("100.00"), List.of("SKU-7"), true))
                .expectEvents(new RefundRequestedEvent(ORDER_ID, "R-1", ORDER_NUMBER, RefundReason.QUALITY_ISSUE,
                        Money.of("100.00"), List.of("SKU-7"), List.of(new ReturnedItem("SKU-7", 2)), "RETURNS", NOTE,
                        PaymentMethod.ONLINE, NOW));
    }

    @Test
    @DisplayName("REF-5: returning the whole order is refused when one of its lines is non-returnable")
    void wholeOrderWithFoodIsRefused() {
        fixtureAt(NOW).given(delivered(CUPS_AND_TEA, CUPS_AND_TEA_TOTAL))
                .when(refund("R-1", RefundReason.CUSTOMER_REQUEST, CUPS_AND_TEA_TOTAL, List.of(), true))
                .expectException(refusedWith("returnGoods:NON_RETURNABLE_CATEGORY"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("REF-5: the returnable lines of an order with food can be returned")
    void returnableLinesNextToFoodAreReturned() {
        fixtureAt(NOW).given(delivered(CUPS_AND_TEA, CUPS_AND_TEA_TOTAL))
                .when(refund("R-1", RefundReason.CUSTOMER_REQUEST, Money.of("59.70"), List.of("SKU-1"), true))
                .expectEvents(new RefundRequestedEvent(ORDER_ID, "R-1", ORDER_NUMBER, RefundReason.CUSTOMER_REQUEST,
                        Money.of("59.70"), List.of("SKU-1"), List.of(new ReturnedItem("SKU-1", 3)), "RETURNS", NOTE,
                        PaymentMethod.ONLINE, NOW));
    }

    @Test
    @DisplayName("REF-5: a refund of food without a return is not a return: accepted")
    void refundOfFoodWithoutReturn() {
        fixtureAt(NOW).given(delivered(CUPS_AND_TEA, CUPS_AND_TEA_TOTAL))
                .when(refund("R-1", RefundReason.CUSTOMER_REQUEST, Money.of("88.00"), List.of("SKU-5"), false))
                .expectEvents(new RefundRequestedEvent(ORDER_ID, "R-1", ORDER_NUMBER, RefundReason.CUSTOMER_REQUEST,
                        Money.of("88.00"), List.of("SKU-5"), List.of(), "RETURNS", NOTE, PaymentMethod.ONLINE, NOW));
    }

    private static RequestRefundCommand refund(String refundId, RefundReason reason, Money amount, List<String> skus,
                                               boolean returnGoods) {
        return new RequestRefundCommand(ORDER_ID, refundId, reason, amount, skus, returnGoods, null, NOTE);
    }
}
