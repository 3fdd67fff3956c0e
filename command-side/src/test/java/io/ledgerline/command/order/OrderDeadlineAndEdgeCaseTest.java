package io.ledgerline.command.order;

import static io.ledgerline.command.order.Orders.DELIVERED_AT;
import static io.ledgerline.command.order.Orders.ORDER_ID;
import static io.ledgerline.command.order.Orders.PLACED_AT;
import static io.ledgerline.command.order.Orders.SHIPPED_AT;
import static io.ledgerline.command.order.Orders.codReady;
import static io.ledgerline.command.order.Orders.deliver;
import static io.ledgerline.command.order.Orders.fixtureAt;
import static io.ledgerline.command.order.Orders.paid;
import static io.ledgerline.command.order.Orders.place;
import static io.ledgerline.command.order.Orders.refundRequested;
import static io.ledgerline.command.order.Orders.shipped;
import static io.ledgerline.command.order.Orders.with;

import io.ledgerline.api.common.Money;
import io.ledgerline.api.order.CancelOrderCommand;
import io.ledgerline.api.order.CancellationCause;
import io.ledgerline.api.order.OrderCancelledEvent;
import io.ledgerline.api.order.OrderCompletedEvent;
import io.ledgerline.api.order.RequestRefundCommand;
import io.ledgerline.api.refund.RefundReason;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Deadlines that fire with no payload, a repeated refund id, and an unpaid cash-on-delivery order. */
class OrderDeadlineAndEdgeCaseTest {

    @Test
    @DisplayName("ORD-6: an order still unpaid 30 minutes after placement is cancelled (PAYMENT_TIMEOUT)")
    void unpaidOrderTimesOut() {
        fixtureAt(PLACED_AT).givenCommands(place())
                .whenTimeElapses(Duration.ofMinutes(30))
                .expectTriggeredDeadlinesWithName(Order.PAYMENT_TIMEOUT)
                .expectEvents(new OrderCancelledEvent(ORDER_ID, CancellationCause.PAYMENT_TIMEOUT, "PAYMENT_TIMEOUT",
                        PLACED_AT.plus(Duration.ofMinutes(30))));
    }

    @Test
    @DisplayName("ORD-11: a delivered order completes automatically 7 days after delivery (AUTO)")
    void deliveredOrderCompletesAutomatically() {
        fixtureAt(DELIVERED_AT).given(shipped()).andGivenCommands(deliver())
                .whenTimeElapses(Duration.ofDays(7))
                .expectTriggeredDeadlinesWithName(Order.AUTO_COMPLETE)
                .expectEvents(new OrderCompletedEvent(ORDER_ID, "AUTO", DELIVERED_AT.plus(Duration.ofDays(7))));
    }

    @Test
    @DisplayName("REF-2: a refund id already requested is not requested again (its first amount keeps counting)")
    void refundIdIsRequestedOnce() {
        fixtureAt(DELIVERED_AT).given(with(paid(), refundRequested("R-1", Money.of("100.00"))))
                .when(new RequestRefundCommand(ORDER_ID, "R-1", RefundReason.CUSTOMER_REQUEST, Money.of("88.70"),
                        List.of(), false, null, "again"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("ORD-8: a cash-on-delivery order not yet shipped is unpaid and can be cancelled")
    void unpaidCodOrderCanBeCancelled() {
        fixtureAt(SHIPPED_AT).given(codReady())
                .when(new CancelOrderCommand(ORDER_ID, "customer no longer wants it"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new OrderCancelledEvent(ORDER_ID, CancellationCause.REQUESTED, "customer no longer wants it",
                        SHIPPED_AT));
    }
}
