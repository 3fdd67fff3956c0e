package io.ledgerline.command.order;

import static io.ledgerline.command.order.Orders.CARRIER;
import static io.ledgerline.command.order.Orders.DELIVERED_AT;
import static io.ledgerline.command.order.Orders.ORDER_ID;
import static io.ledgerline.command.order.Orders.ORDER_NUMBER;
import static io.ledgerline.command.order.Orders.SHIPPED_AT;
import static io.ledgerline.command.order.Orders.TOTAL;
import static io.ledgerline.command.order.Orders.TRACKING_NUMBER;
import static io.ledgerline.command.order.Orders.awaitingReview;
import static io.ledgerline.command.order.Orders.codReady;
import static io.ledgerline.command.order.Orders.codShipped;
import static io.ledgerline.command.order.Orders.delivered;
import static io.ledgerline.command.order.Orders.deliver;
import static io.ledgerline.command.order.Orders.fixtureAt;
import static io.ledgerline.command.order.Orders.paid;
import static io.ledgerline.command.order.Orders.ship;
import static io.ledgerline.command.order.Orders.shipped;
import static io.ledgerline.command.order.Orders.stockReserved;
import static io.ledgerline.command.order.Orders.with;
import static io.ledgerline.command.order.Refusals.refusedInState;
import static io.ledgerline.command.order.Refusals.refusedWith;

import io.ledgerline.api.common.CommandRefusedException;
import io.ledgerline.api.order.ConfirmReceiptCommand;
import io.ledgerline.api.order.OrderCompletedEvent;
import io.ledgerline.api.order.OrderDeliveredEvent;
import io.ledgerline.api.order.OrderShippedEvent;
import io.ledgerline.api.order.PaymentMethod;
import io.ledgerline.api.order.PaymentRecordedEvent;
import io.ledgerline.api.order.RecordTrackingEventCommand;
import io.ledgerline.api.order.ShipOrderCommand;
import io.ledgerline.api.order.TrackingEventRecordedEvent;
import io.ledgerline.api.order.TrackingStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** ORD-9 (ship), ORD-10 (track, deliver; cash on delivery paid at delivery) and ORD-11 (complete). */
class OrderShippingTest {

    private static final Instant LATER = DELIVERED_AT.plus(Duration.ofDays(2));

    // ---- ORD-9

    @Test
    @DisplayName("ORD-9: a paid order ships with its carrier, tracking number and skus")
    void shipsPaidOrder() {
        fixtureAt(SHIPPED_AT).given(paid())
                .when(ship())
                .expectEvents(new OrderShippedEvent(ORDER_ID, CARRIER, TRACKING_NUMBER, List.of("SKU-1", "SKU-2"), SHIPPED_AT));
    }

    @Test
    @DisplayName("ORD-9, ORD-6: a cash-on-delivery order ships before it is paid")
    void shipsCodOrder() {
        fixtureAt(SHIPPED_AT).given(codReady())
                .when(ship())
                .expectEvents(new OrderShippedEvent(ORDER_ID, CARRIER, TRACKING_NUMBER, List.of("SKU-1", "SKU-2"), SHIPPED_AT));
    }

    @Test
    @DisplayName("ORD-9: an unpaid order does not ship (ORDER_NOT_READY_TO_SHIP)")
    void unpaidOrderDoesNotShip() {
        fixtureAt(SHIPPED_AT).given(stockReserved())
                .when(ship())
                .expectException(CommandRefusedException.class)
                .expectException(refusedInState("ORDER_NOT_READY_TO_SHIP"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("ORD-9: an order held for review does not ship (ORDER_NOT_READY_TO_SHIP)")
    void orderAwaitingReviewDoesNotShip() {
        fixtureAt(SHIPPED_AT).given(awaitingReview())
                .when(ship())
                .expectException(refusedInState("ORDER_NOT_READY_TO_SHIP"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("ORD-9: a shipped order does not ship again (ORDER_NOT_READY_TO_SHIP)")
    void shippedOrderDoesNotShipAgain() {
        fixtureAt(SHIPPED_AT).given(shipped())
                .when(ship())
                .expectException(refusedInState("ORDER_NOT_READY_TO_SHIP"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("ORD-9: carrier and tracking number are required (carrier, trackingNumber REQUIRED)")
    void shippingNeedsCarrierAndTrackingNumber() {
        fixtureAt(SHIPPED_AT).given(paid())
                .when(new ShipOrderCommand(ORDER_ID, " ", null))
                .expectException(CommandRefusedException.class)
                .expectException(refusedWith("carrier:REQUIRED", "trackingNumber:REQUIRED"))
                .expectNoEvents();
    }

    // ---- ORD-10

    @ParameterizedTest(name = "ORD-10: a {0} tracking event is recorded while the order is shipped")
    @EnumSource(value = TrackingStatus.class, names = {"OUT_OF_WAREHOUSE", "IN_TRANSIT", "OUT_FOR_DELIVERY"})
    @DisplayName("ORD-10: tracking events are recorded while the order is shipped")
    void recordsTrackingEvent(TrackingStatus status) {
        fixtureAt(LATER).given(shipped())
                .when(new RecordTrackingEventCommand(ORDER_ID, status, "Hangzhou hub", "on its way", null))
                .expectEvents(new TrackingEventRecordedEvent(ORDER_ID, status, "Hangzhou hub", "on its way", null, LATER))
                .expectNoScheduledDeadlines();
    }

    @Test
    @DisplayName("ORD-10: a DELIVERED event delivers the order to its signer and schedules completion 7 days later")
    void deliversOrder() {
        fixtureAt(DELIVERED_AT).given(shipped())
                .when(deliver())
                .expectEvents(new TrackingEventRecordedEvent(ORDER_ID, TrackingStatus.DELIVERED, "Hangzhou", null, "Li Wei", DELIVERED_AT),
                        new OrderDeliveredEvent(ORDER_ID, "Li Wei", DELIVERED_AT))
                .expectScheduledDeadlineWithName(Duration.ofDays(7), Order.AUTO_COMPLETE);
    }

    @Test
    @DisplayName("ORD-10, ORD-6: delivering a cash-on-delivery order records its payment of the total (COD-<orderNumber>)")
    void deliveringCodOrderRecordsPayment() {
        fixtureAt(DELIVERED_AT).given(codShipped())
                .when(deliver())
                .expectEvents(new TrackingEventRecordedEvent(ORDER_ID, TrackingStatus.DELIVERED, "Hangzhou", null, "Li Wei", DELIVERED_AT),
                        new OrderDeliveredEvent(ORDER_ID, "Li Wei", DELIVERED_AT),
                        new PaymentRecordedEvent(ORDER_ID, PaymentMethod.CASH_ON_DELIVERY, TOTAL, "COD-" + ORDER_NUMBER, DELIVERED_AT))
                .expectScheduledDeadlineWithName(Duration.ofDays(7), Order.AUTO_COMPLETE);
    }

    @Test
    @DisplayName("ORD-10: a DELIVERED event without a signer is refused (signer SIGNER_REQUIRED)")
    void deliveryNeedsASigner() {
        fixtureAt(DELIVERED_AT).given(shipped())
                .when(new RecordTrackingEventCommand(ORDER_ID, TrackingStatus.DELIVERED, "Hangzhou", null, " "))
                .expectException(CommandRefusedException.class)
                .expectException(refusedWith("signer:SIGNER_REQUIRED"))
                .expectNoEvents()
                .expectNoScheduledDeadlines();
    }

    @Test
    @DisplayName("ORD-10: a tracking event needs a status (status REQUIRED)")
    void trackingNeedsAStatus() {
        fixtureAt(DELIVERED_AT).given(shipped())
                .when(new RecordTrackingEventCommand(ORDER_ID, null, "Hangzhou", null, null))
                .expectException(refusedWith("status:REQUIRED"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("ORD-10: tracking events are refused before the order ships (ORDER_NOT_IN_TRANSIT)")
    void trackingBeforeShippingIsRefused() {
        fixtureAt(SHIPPED_AT).given(paid())
                .when(new RecordTrackingEventCommand(ORDER_ID, TrackingStatus.IN_TRANSIT, "Hangzhou hub", null, null))
                .expectException(refusedInState("ORDER_NOT_IN_TRANSIT"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("ORD-10: a delivered order is not delivered again (ORDER_NOT_IN_TRANSIT)")
    void deliveredOrderIsNotDeliveredAgain() {
        fixtureAt(LATER).given(delivered())
                .when(deliver())
                .expectException(refusedInState("ORDER_NOT_IN_TRANSIT"))
                .expectNoEvents()
                .expectNoScheduledDeadlines();
    }

    // ---- ORD-11

    @Test
    @DisplayName("ORD-11: the customer's confirmation of receipt completes a delivered order (CUSTOMER_CONFIRMED)")
    void confirmationCompletesOrder() {
        fixtureAt(LATER).given(delivered())
                .when(new ConfirmReceiptCommand(ORDER_ID))
                .expectEvents(new OrderCompletedEvent(ORDER_ID, "CUSTOMER_CONFIRMED", LATER));
    }

    @Test
    @DisplayName("ORD-11: an order the customer confirmed is not completed again when the 7 days are up")
    void confirmationOutlivesAutoCompletion() {
        fixtureAt(DELIVERED_AT).given(shipped()).andGivenCommands(deliver(), new ConfirmReceiptCommand(ORDER_ID))
                .whenTimeElapses(Duration.ofDays(7))
                .expectTriggeredDeadlinesWithName(Order.AUTO_COMPLETE)
                .expectNoEvents();
    }

    @Test
    @DisplayName("ORD-11: receipt of an order not yet delivered cannot be confirmed (ORDER_NOT_DELIVERED)")
    void confirmationBeforeDeliveryIsRefused() {
        fixtureAt(LATER).given(shipped())
                .when(new ConfirmReceiptCommand(ORDER_ID))
                .expectException(CommandRefusedException.class)
                .expectException(refusedInState("ORDER_NOT_DELIVERED"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("ORD-11: a completed order cannot be confirmed again (ORDER_NOT_DELIVERED)")
    void confirmationOfCompletedOrderIsRefused() {
        fixtureAt(LATER).given(with(delivered(), new OrderCompletedEvent(ORDER_ID, "CUSTOMER_CONFIRMED", DELIVERED_AT)))
                .when(new ConfirmReceiptCommand(ORDER_ID))
                .expectException(refusedInState("ORDER_NOT_DELIVERED"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("ORD-11: nothing completes automatically before 7 days")
    void nothingCompletesBeforeSevenDays() {
        fixtureAt(DELIVERED_AT).given(shipped()).andGivenCommands(deliver())
                .whenTimeElapses(Duration.ofDays(7).minusMinutes(1))
                .expectNoEvents()
                .expectTriggeredDeadlinesWithName();
    }

    @Test
    @DisplayName("ORD-11: the automatic completion does nothing to an order the customer already completed")
    void autoCompletionDoesNothingToACompletedOrder() {
        fixtureAt(DELIVERED_AT).given(shipped()).andGivenCommands(deliver())
                .andGiven(new OrderCompletedEvent(ORDER_ID, "CUSTOMER_CONFIRMED", DELIVERED_AT))
                .whenTimeElapses(Duration.ofDays(7))
                .expectTriggeredDeadlinesWithName(Order.AUTO_COMPLETE)
                .expectNoEvents();
    }
}
