package io.ledgerline.command.order;

import static io.ledgerline.command.order.Orders.ORDER_ID;
import static io.ledgerline.command.order.Orders.PAID_AT;
import static io.ledgerline.command.order.Orders.PLACED_AT;
import static io.ledgerline.command.order.Orders.TOTAL;
import static io.ledgerline.command.order.Orders.TX;
import static io.ledgerline.command.order.Orders.confirmStock;
import static io.ledgerline.command.order.Orders.fixtureAt;
import static io.ledgerline.command.order.Orders.paid;
import static io.ledgerline.command.order.Orders.pay;
import static io.ledgerline.command.order.Orders.place;
import static io.ledgerline.command.order.Orders.placeOrder;
import static io.ledgerline.command.order.Orders.placed;
import static io.ledgerline.command.order.Orders.stockReserved;
import static io.ledgerline.command.order.Orders.with;
import static io.ledgerline.command.order.Refusals.refusedInState;
import static io.ledgerline.command.order.Refusals.refusedWith;

import io.ledgerline.api.common.CommandRefusedException;
import io.ledgerline.api.common.Money;
import io.ledgerline.api.order.CancellationCause;
import io.ledgerline.api.order.OrderCancelledEvent;
import io.ledgerline.api.order.OrderReadyForFulfilmentEvent;
import io.ledgerline.api.order.OrderRejectedEvent;
import io.ledgerline.api.order.OrderStockReservedEvent;
import io.ledgerline.api.order.PaymentAmountMismatchEvent;
import io.ledgerline.api.order.PaymentFailedEvent;
import io.ledgerline.api.order.PaymentMethod;
import io.ledgerline.api.order.PaymentRecordedEvent;
import io.ledgerline.api.order.RecordPaymentCommand;
import io.ledgerline.api.order.RecordPaymentFailureCommand;
import io.ledgerline.api.order.RejectOrderForStockCommand;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** ORD-3 (stock reserved or not), ORD-5 (payment) and ORD-6 (payment timeout; cash on delivery). */
class OrderPaymentTest {

    private static final Instant NOW = PAID_AT;
    private static final OrderCancelledEvent CANCELLED =
            new OrderCancelledEvent(ORDER_ID, CancellationCause.REQUESTED, "changed my mind", PLACED_AT);

    // ---- ORD-3

    @Test
    @DisplayName("ORD-3: confirming the order's stock records it as reserved")
    void confirmsStock() {
        fixtureAt(NOW).given(placed())
                .when(confirmStock())
                .expectEvents(new OrderStockReservedEvent(ORDER_ID));
    }

    @Test
    @DisplayName("ORD-3, ORD-6: a cash-on-delivery order with its stock reserved goes straight to fulfilment")
    void codOrderGoesToFulfilment() {
        fixtureAt(NOW).given(placed(PaymentMethod.CASH_ON_DELIVERY))
                .when(confirmStock())
                .expectEvents(new OrderStockReservedEvent(ORDER_ID),
                        new OrderReadyForFulfilmentEvent(ORDER_ID, "CASH_ON_DELIVERY"));
    }

    @Test
    @DisplayName("ORD-3: a repeated stock confirmation changes nothing")
    void repeatedConfirmationIsANoOp() {
        fixtureAt(NOW).given(stockReserved())
                .when(confirmStock())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    @DisplayName("ORD-3: an order whose stock cannot be reserved is rejected OUT_OF_STOCK naming the skus")
    void rejectsForStock() {
        fixtureAt(NOW).given(placed())
                .when(new RejectOrderForStockCommand(ORDER_ID, List.of("SKU-2")))
                .expectEvents(new OrderRejectedEvent(ORDER_ID, "OUT_OF_STOCK", List.of("SKU-2"), "out of stock: SKU-2", NOW));
    }

    @Test
    @DisplayName("ORD-3, ORD-6: an order rejected for stock is not cancelled when its payment timeout fires")
    void rejectionOutlivesThePaymentTimeout() {
        fixtureAt(PLACED_AT).givenCommands(place(), new RejectOrderForStockCommand(ORDER_ID, List.of("SKU-1", "SKU-2")))
                .whenTimeElapses(Duration.ofMinutes(31))
                .expectTriggeredDeadlinesWithName(Order.PAYMENT_TIMEOUT)
                .expectNoEvents();
    }

    @Test
    @DisplayName("ORD-3: a stock confirmation for a cancelled order changes nothing")
    void confirmationOfCancelledOrderIsANoOp() {
        fixtureAt(NOW).given(with(placed(), CANCELLED))
                .when(confirmStock())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    @DisplayName("ORD-3: a stock rejection for a cancelled order changes nothing")
    void rejectionOfCancelledOrderIsANoOp() {
        fixtureAt(NOW).given(with(placed(), CANCELLED))
                .when(new RejectOrderForStockCommand(ORDER_ID, List.of("SKU-2")))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    // ---- ORD-5

    @Test
    @DisplayName("ORD-5: a payment of the order total is recorded and the order is ready for fulfilment (PAID)")
    void recordsPayment() {
        fixtureAt(NOW).given(stockReserved())
                .when(pay(TOTAL, TX))
                .expectEvents(new PaymentRecordedEvent(ORDER_ID, PaymentMethod.ONLINE, TOTAL, TX, NOW),
                        new OrderReadyForFulfilmentEvent(ORDER_ID, "PAID"));
    }

    @Test
    @DisplayName("ORD-5: a payment of the total makes the order ready for fulfilment")
    void paymentOfTheTotalIsRecorded() {
        fixtureAt(PLACED_AT).givenCommands(place(), confirmStock())
                .when(pay(TOTAL, TX))
                .expectEvents(new PaymentRecordedEvent(ORDER_ID, PaymentMethod.ONLINE, TOTAL, TX, PLACED_AT),
                        new OrderReadyForFulfilmentEvent(ORDER_ID, "PAID"));
    }

    @Test
    @DisplayName("ORD-5: a payment of another amount is recorded as a mismatch only; the order stays unpaid")
    void recordsAmountMismatch() {
        Money tooLittle = Money.of("180.00");

        fixtureAt(NOW).given(stockReserved())
                .when(pay(tooLittle, TX))
                .expectEvents(new PaymentAmountMismatchEvent(ORDER_ID, PaymentMethod.ONLINE, TOTAL, tooLittle, TX, NOW));
    }

    @Test
    @DisplayName("ORD-5: a payment in another currency is a mismatch")
    void otherCurrencyIsAMismatch() {
        Money dollars = new Money(new BigDecimal("188.70"), "USD");

        fixtureAt(NOW).given(stockReserved())
                .when(pay(dollars, TX))
                .expectEvents(new PaymentAmountMismatchEvent(ORDER_ID, PaymentMethod.ONLINE, TOTAL, dollars, TX, NOW));
    }

    @Test
    @DisplayName("ORD-5: a mismatch keeps the payment timeout running")
    void mismatchKeepsTheTimeout() {
        fixtureAt(PLACED_AT).givenCommands(place(), confirmStock())
                .when(pay(Money.of("1.00"), TX))
                .expectScheduledDeadlineWithName(Duration.ofMinutes(30), Order.PAYMENT_TIMEOUT);
    }

    @Test
    @DisplayName("ORD-5: after a mismatch a correct payment with another reference is recorded")
    void correctPaymentAfterMismatch() {
        fixtureAt(NOW).given(with(stockReserved(),
                        new PaymentAmountMismatchEvent(ORDER_ID, PaymentMethod.ONLINE, TOTAL, Money.of("180.00"), "TX-0", PLACED_AT)))
                .when(pay(TOTAL, TX))
                .expectEvents(new PaymentRecordedEvent(ORDER_ID, PaymentMethod.ONLINE, TOTAL, TX, NOW),
                        new OrderReadyForFulfilmentEvent(ORDER_ID, "PAID"));
    }

    @Test
    @DisplayName("ORD-5: a failed payment attempt is recorded with its reason")
    void recordsFailedAttempt() {
        fixtureAt(NOW).given(stockReserved())
                .when(new RecordPaymentFailureCommand(ORDER_ID, "card declined"))
                .expectEvents(new PaymentFailedEvent(ORDER_ID, "card declined", NOW));
    }

    @Test
    @DisplayName("ORD-5: after a failed attempt the order stays payable")
    void orderStaysPayableAfterFailure() {
        fixtureAt(NOW).given(with(stockReserved(), new PaymentFailedEvent(ORDER_ID, "card declined", PLACED_AT)))
                .when(pay(TOTAL, TX))
                .expectEvents(new PaymentRecordedEvent(ORDER_ID, PaymentMethod.ONLINE, TOTAL, TX, NOW),
                        new OrderReadyForFulfilmentEvent(ORDER_ID, "PAID"));
    }

    @Test
    @DisplayName("ORD-5: a failed attempt needs a reason (reason REASON_REQUIRED)")
    void failureNeedsAReason() {
        fixtureAt(NOW).given(stockReserved())
                .when(new RecordPaymentFailureCommand(ORDER_ID, " "))
                .expectException(refusedWith("reason:REASON_REQUIRED"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("ORD-5: a failed attempt on a cancelled order is refused (ORDER_NOT_PAYABLE)")
    void failureOnCancelledOrderIsRefused() {
        fixtureAt(NOW).given(with(stockReserved(), CANCELLED))
                .when(new RecordPaymentFailureCommand(ORDER_ID, "card declined"))
                .expectException(refusedInState("ORDER_NOT_PAYABLE"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("ORD-5: a duplicate notification of a recorded payment is a no-op")
    void duplicatePaymentIsANoOp() {
        fixtureAt(NOW).given(paid())
                .when(pay(TOTAL, TX))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    @DisplayName("ORD-5: a duplicate notification of a mismatched payment is a no-op, even with the right amount")
    void duplicateOfMismatchIsANoOp() {
        fixtureAt(NOW).given(with(stockReserved(),
                        new PaymentAmountMismatchEvent(ORDER_ID, PaymentMethod.ONLINE, TOTAL, Money.of("180.00"), TX, PLACED_AT)))
                .when(pay(TOTAL, TX))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    @DisplayName("ORD-5: a payment before the stock is reserved is refused (STOCK_NOT_RESERVED)")
    void paymentBeforeStockIsRefused() {
        fixtureAt(NOW).given(placed())
                .when(pay(TOTAL, TX))
                .expectException(CommandRefusedException.class)
                .expectException(refusedInState("STOCK_NOT_RESERVED"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("ORD-5: a payment on a cancelled order is refused (ORDER_NOT_PAYABLE)")
    void paymentOnCancelledOrderIsRefused() {
        fixtureAt(NOW).given(with(stockReserved(), CANCELLED))
                .when(pay(TOTAL, TX))
                .expectException(CommandRefusedException.class)
                .expectException(refusedInState("ORDER_NOT_PAYABLE"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("ORD-5: a second payment (new reference) of a paid order is refused (ORDER_NOT_PAYABLE)")
    void secondPaymentIsRefused() {
        fixtureAt(NOW).given(paid())
                .when(pay(TOTAL, "TX-2"))
                .expectException(refusedInState("ORDER_NOT_PAYABLE"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("ORD-5: a payment without a transaction reference is refused (transactionRef REQUIRED)")
    void paymentNeedsATransactionRef() {
        fixtureAt(NOW).given(stockReserved())
                .when(pay(TOTAL, " "))
                .expectException(CommandRefusedException.class)
                .expectException(refusedWith("transactionRef:REQUIRED"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("ORD-5: method, amount and transaction reference are each required")
    void paymentNeedsEveryField() {
        fixtureAt(NOW).given(stockReserved())
                .when(new RecordPaymentCommand(ORDER_ID, null, null, null))
                .expectException(refusedWith("method:REQUIRED", "amount:REQUIRED", "transactionRef:REQUIRED"))
                .expectNoEvents();
    }

    // ---- ORD-6

    @Test
    @DisplayName("ORD-6: placing an order schedules its payment timeout 30 minutes ahead")
    void placingSchedulesThePaymentTimeout() {
        fixtureAt(PLACED_AT).givenNoPriorActivity()
                .when(place())
                .expectScheduledDeadlineWithName(Duration.ofMinutes(30), Order.PAYMENT_TIMEOUT);
    }

    @Test
    @DisplayName("ORD-6: a cash-on-delivery order has no payment timeout")
    void codOrderHasNoPaymentTimeout() {
        fixtureAt(PLACED_AT).givenNoPriorActivity()
                .when(placeOrder().paymentMethod(PaymentMethod.CASH_ON_DELIVERY).build())
                .expectSuccessfulHandlerExecution()
                .expectNoScheduledDeadlines();
    }

    @Test
    @DisplayName("ORD-6: nothing times out before 30 minutes")
    void nothingBeforeThirtyMinutes() {
        fixtureAt(PLACED_AT).givenCommands(place())
                .whenTimeElapses(Duration.ofMinutes(29))
                .expectNoEvents()
                .expectTriggeredDeadlinesWithName();
    }

    @Test
    @DisplayName("ORD-6: the payment timeout does nothing to a paid order")
    void timeoutDoesNothingToAPaidOrder() {
        fixtureAt(PLACED_AT).givenCommands(place())
                .andGiven(new OrderStockReservedEvent(ORDER_ID),
                        new PaymentRecordedEvent(ORDER_ID, PaymentMethod.ONLINE, TOTAL, TX, PLACED_AT),
                        new OrderReadyForFulfilmentEvent(ORDER_ID, "PAID"))
                .whenTimeElapses(Duration.ofMinutes(30))
                .expectTriggeredDeadlinesWithName(Order.PAYMENT_TIMEOUT)
                .expectNoEvents();
    }

    @Test
    @DisplayName("ORD-6: an order paid in time is not cancelled when 30 minutes have passed")
    void paidInTimeIsNotCancelled() {
        fixtureAt(PLACED_AT).givenCommands(place(), confirmStock(), pay(TOTAL, TX))
                .whenTimeElapses(Duration.ofMinutes(31))
                .expectNoEvents()
                .expectTriggeredDeadlinesWithName(Order.PAYMENT_TIMEOUT);
    }
}
