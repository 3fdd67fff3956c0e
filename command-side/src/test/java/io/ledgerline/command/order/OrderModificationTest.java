package io.ledgerline.command.order;

import static io.ledgerline.command.order.Orders.ADDRESS;
import static io.ledgerline.command.order.Orders.CUP;
import static io.ledgerline.command.order.Orders.CUSTOMER_ID;
import static io.ledgerline.command.order.Orders.LINES;
import static io.ledgerline.command.order.Orders.ORDER_ID;
import static io.ledgerline.command.order.Orders.ORDER_NUMBER;
import static io.ledgerline.command.order.Orders.PLACED_AT;
import static io.ledgerline.command.order.Orders.TEAPOT;
import static io.ledgerline.command.order.Orders.TOTAL;
import static io.ledgerline.command.order.Orders.TX;
import static io.ledgerline.command.order.Orders.codReady;
import static io.ledgerline.command.order.Orders.confirmStock;
import static io.ledgerline.command.order.Orders.fixtureAt;
import static io.ledgerline.command.order.Orders.lines;
import static io.ledgerline.command.order.Orders.paid;
import static io.ledgerline.command.order.Orders.pay;
import static io.ledgerline.command.order.Orders.placed;
import static io.ledgerline.command.order.Orders.stockReserved;
import static io.ledgerline.command.order.Orders.with;
import static io.ledgerline.command.order.Refusals.refusedInState;
import static io.ledgerline.command.order.Refusals.refusedWith;

import io.ledgerline.api.common.CommandRefusedException;
import io.ledgerline.api.common.Money;
import io.ledgerline.api.order.Channel;
import io.ledgerline.api.order.DeliveryMethod;
import io.ledgerline.api.order.ModifyOrderLinesCommand;
import io.ledgerline.api.order.CancellationCause;
import io.ledgerline.api.order.OrderCancelledEvent;
import io.ledgerline.api.order.OrderLine;
import io.ledgerline.api.order.OrderLinesModifiedEvent;
import io.ledgerline.api.order.OrderPlacedEvent;
import io.ledgerline.api.order.OrderReadyForFulfilmentEvent;
import io.ledgerline.api.order.OrderStockReservedEvent;
import io.ledgerline.api.order.PaymentMethod;
import io.ledgerline.api.order.PaymentRecordedEvent;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** ORD-4: an unpaid order's lines change within 60 minutes of placement, at most 3 times. */
class OrderModificationTest {

    private static final Instant TWENTY_MINUTES_LATER = PLACED_AT.plus(Duration.ofMinutes(20));

    private static final OrderLine FIVE_CUPS = new OrderLine("SKU-1", "Tea cup", "KITCHEN", Money.of("19.90"), 5);
    private static final OrderLine SAUCERS = new OrderLine("SKU-3", "Saucer", "KITCHEN", Money.of("9.90"), 2);
    private static final List<OrderLine> NEW_LINES = List.of(FIVE_CUPS, SAUCERS);
    private static final Money NEW_TOTAL = Money.of("119.30"); // 5 x 19.90 + 2 x 9.90

    @Test
    @DisplayName("ORD-4: new lines replace the old ones, the total is recomputed and one modification is used")
    void modifiesLines() {
        fixtureAt(TWENTY_MINUTES_LATER).given(placed())
                .when(modify(NEW_LINES))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new OrderLinesModifiedEvent(ORDER_ID, LINES, NEW_LINES, NEW_TOTAL, 2, TWENTY_MINUTES_LATER));
    }

    @Test
    @DisplayName("ORD-4: each modification decrements what is left, starting from the previous lines")
    void secondModificationStartsFromTheFirst() {
        List<OrderLine> onlyTeapots = List.of(new OrderLine("SKU-2", "Teapot", "KITCHEN", Money.of("129.00"), 2));

        fixtureAt(TWENTY_MINUTES_LATER).given(with(placed(), modified(NEW_LINES, NEW_TOTAL, 2, 5)))
                .when(modify(onlyTeapots))
                .expectEvents(new OrderLinesModifiedEvent(ORDER_ID, NEW_LINES, onlyTeapots, Money.of("258.00"), 1,
                        TWENTY_MINUTES_LATER));
    }

    @Test
    @DisplayName("ORD-4: the third modification is still allowed and leaves none")
    void thirdModificationIsAllowed() {
        fixtureAt(TWENTY_MINUTES_LATER).given(with(placed(),
                        modified(NEW_LINES, NEW_TOTAL, 2, 5), modified(LINES, TOTAL, 1, 10)))
                .when(modify(NEW_LINES))
                .expectEvents(new OrderLinesModifiedEvent(ORDER_ID, LINES, NEW_LINES, NEW_TOTAL, 0, TWENTY_MINUTES_LATER));
    }

    @Test
    @DisplayName("ORD-4: a fourth modification is refused (MODIFICATION_LIMIT_REACHED)")
    void fourthModificationIsRefused() {
        fixtureAt(TWENTY_MINUTES_LATER).given(with(placed(),
                        modified(NEW_LINES, NEW_TOTAL, 2, 5), modified(LINES, TOTAL, 1, 10),
                        modified(NEW_LINES, NEW_TOTAL, 0, 15)))
                .when(modify(LINES))
                .expectException(CommandRefusedException.class)
                .expectException(refusedInState("MODIFICATION_LIMIT_REACHED"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("ORD-4: the allowance recorded at placement applies (an order placed with 1 allows one change)")
    void allowanceRecordedAtPlacementApplies() {
        OrderPlacedEvent placedWithOne = new OrderPlacedEvent(ORDER_ID, ORDER_NUMBER, CUSTOMER_ID, Channel.WEB,
                PaymentMethod.ONLINE, DeliveryMethod.EXPRESS, ADDRESS, LINES, TOTAL, 1, PLACED_AT);

        fixtureAt(TWENTY_MINUTES_LATER).given(placedWithOne, modified(NEW_LINES, NEW_TOTAL, 0, 5))
                .when(modify(LINES))
                .expectException(refusedInState("MODIFICATION_LIMIT_REACHED"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("ORD-4: a modification exactly 60 minutes after placement is accepted")
    void modificationAtSixtyMinutesIsAccepted() {
        Instant sixtyMinutesLater = PLACED_AT.plus(Duration.ofMinutes(60));

        fixtureAt(sixtyMinutesLater).given(placed())
                .when(modify(NEW_LINES))
                .expectEvents(new OrderLinesModifiedEvent(ORDER_ID, LINES, NEW_LINES, NEW_TOTAL, 2, sixtyMinutesLater));
    }

    @Test
    @DisplayName("ORD-4: a modification 61 minutes after placement is refused (MODIFICATION_WINDOW_CLOSED)")
    void modificationAfterTheWindowIsRefused() {
        fixtureAt(PLACED_AT.plus(Duration.ofMinutes(61))).given(placed())
                .when(modify(NEW_LINES))
                .expectException(CommandRefusedException.class)
                .expectException(refusedInState("MODIFICATION_WINDOW_CLOSED"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("ORD-4: a paid order's lines cannot change (ORDER_NOT_MODIFIABLE)")
    void paidOrderIsNotModifiable() {
        fixtureAt(TWENTY_MINUTES_LATER).given(paid())
                .when(modify(NEW_LINES))
                .expectException(refusedInState("ORDER_NOT_MODIFIABLE"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("ORD-4: a cancelled order's lines cannot change (ORDER_NOT_MODIFIABLE)")
    void cancelledOrderIsNotModifiable() {
        fixtureAt(TWENTY_MINUTES_LATER)
                .given(with(placed(), new OrderCancelledEvent(ORDER_ID, CancellationCause.REQUESTED, "changed my mind", PLACED_AT)))
                .when(modify(NEW_LINES))
                .expectException(refusedInState("ORDER_NOT_MODIFIABLE"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("ORD-4: a cash-on-delivery order gone to fulfilment cannot change (ORDER_NOT_MODIFIABLE)")
    void codOrderInFulfilmentIsNotModifiable() {
        fixtureAt(TWENTY_MINUTES_LATER).given(codReady())
                .when(modify(NEW_LINES))
                .expectException(refusedInState("ORDER_NOT_MODIFIABLE"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("ORD-4: invalid new lines are refused naming each field (lines.0.quantity, lines.1.sku, lines.1.unitPrice)")
    void invalidLinesAreRefused() {
        fixtureAt(TWENTY_MINUTES_LATER).given(placed())
                .when(modify(List.of(new OrderLine("SKU-1", "Tea cup", "KITCHEN", Money.of("19.90"), 0),
                        new OrderLine("SKU-1", "Tea cup", "KITCHEN", Money.of("0.00"), 1))))
                .expectException(CommandRefusedException.class)
                .expectException(refusedWith("lines.0.quantity:INVALID_QUANTITY", "lines.1.sku:DUPLICATE_SKU",
                        "lines.1.unitPrice:INVALID_PRICE"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("ORD-4: an order cannot be modified to have no lines (lines NO_LINES)")
    void emptyLinesAreRefused() {
        fixtureAt(TWENTY_MINUTES_LATER).given(placed())
                .when(modify(List.of()))
                .expectException(refusedWith("lines:NO_LINES"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("ORD-4: an order cannot be modified to more than 100 lines (lines TOO_MANY_LINES)")
    void tooManyLinesAreRefused() {
        fixtureAt(TWENTY_MINUTES_LATER).given(placed())
                .when(modify(lines(101)))
                .expectException(refusedWith("lines:TOO_MANY_LINES"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("ORD-4: new lines in another currency than the order's are refused (lines WRONG_CURRENCY)")
    void otherCurrencyIsRefused() {
        Money dollars = new Money(new BigDecimal("3.00"), "USD");

        fixtureAt(TWENTY_MINUTES_LATER).given(placed())
                .when(modify(List.of(new OrderLine("SKU-1", "Tea cup", "KITCHEN", dollars, 3))))
                .expectException(refusedWith("lines:WRONG_CURRENCY"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("ORD-4: after a modification the order waits for its stock again before it can be paid")
    void modificationNeedsStockAgain() {
        fixtureAt(TWENTY_MINUTES_LATER).given(with(stockReserved(), modified(NEW_LINES, NEW_TOTAL, 2, 5)))
                .when(pay(NEW_TOTAL, TX))
                .expectException(refusedInState("STOCK_NOT_RESERVED"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("ORD-4: a modified order is confirmed again and then paid at its recomputed total")
    void modifiedOrderIsPaidAtTheNewTotal() {
        fixtureAt(TWENTY_MINUTES_LATER).given(with(stockReserved(), modified(NEW_LINES, NEW_TOTAL, 2, 5)))
                .andGivenCommands(confirmStock())
                .when(pay(NEW_TOTAL, TX))
                .expectEvents(new PaymentRecordedEvent(ORDER_ID, PaymentMethod.ONLINE, NEW_TOTAL, TX, TWENTY_MINUTES_LATER),
                        new OrderReadyForFulfilmentEvent(ORDER_ID, "PAID"));
    }

    @Test
    @DisplayName("ORD-4: after a modification the stock is confirmed again")
    void modifiedOrderIsConfirmedAgain() {
        fixtureAt(TWENTY_MINUTES_LATER).given(with(stockReserved(), modified(NEW_LINES, NEW_TOTAL, 2, 5)))
                .when(confirmStock())
                .expectEvents(new OrderStockReservedEvent(ORDER_ID));
    }

    private static ModifyOrderLinesCommand modify(List<OrderLine> lines) {
        return new ModifyOrderLinesCommand(ORDER_ID, lines);
    }

    /** A past modification to {@code lines}, {@code minutes} after placement; previous lines are not replayed. */
    private static OrderLinesModifiedEvent modified(List<OrderLine> lines, Money total, int left, int minutes) {
        return new OrderLinesModifiedEvent(ORDER_ID, List.of(CUP, TEAPOT), lines, total, left,
                PLACED_AT.plus(Duration.ofMinutes(minutes)));
    }
}
