package io.ledgerline.query.asof;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.api.common.Address;
import io.ledgerline.api.common.Money;
import io.ledgerline.api.order.CancellationCause;
import io.ledgerline.api.order.Channel;
import io.ledgerline.api.order.DeliveryMethod;
import io.ledgerline.api.order.ExceptionResolution;
import io.ledgerline.api.order.ExceptionType;
import io.ledgerline.api.order.LogisticsExceptionEscalatedEvent;
import io.ledgerline.api.order.LogisticsExceptionReportedEvent;
import io.ledgerline.api.order.LogisticsExceptionResolvedEvent;
import io.ledgerline.api.order.LogisticsExceptionView;
import io.ledgerline.api.order.OrderCancelledEvent;
import io.ledgerline.api.order.OrderDeliveredEvent;
import io.ledgerline.api.order.OrderLine;
import io.ledgerline.api.order.OrderLinesModifiedEvent;
import io.ledgerline.api.order.OrderPlacedEvent;
import io.ledgerline.api.order.OrderReadyForFulfilmentEvent;
import io.ledgerline.api.order.OrderRefundedEvent;
import io.ledgerline.api.order.OrderShippedEvent;
import io.ledgerline.api.order.OrderStatus;
import io.ledgerline.api.order.OrderStockReservedEvent;
import io.ledgerline.api.order.OrderView;
import io.ledgerline.api.order.PaymentMethod;
import io.ledgerline.api.order.PaymentRecordedEvent;
import io.ledgerline.api.order.RefundRequestedEvent;
import io.ledgerline.api.order.Severity;
import io.ledgerline.api.order.ShipmentView;
import io.ledgerline.api.order.TrackingEventRecordedEvent;
import io.ledgerline.api.order.TrackingEventView;
import io.ledgerline.api.order.TrackingStatus;
import io.ledgerline.api.refund.RefundReason;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The fold behind orderAsOf: an order's events in, the order as the read model shows it after them out. */
class OrderFoldTest {

    private static final String ORDER = "o-1";
    private static final Instant T0 = Instant.parse("2026-11-23T09:30:00Z");
    private static final OrderLine CUPS = new OrderLine("SKU-CUP", "Celadon tea cup", "KITCHEN", Money.of("19.90"), 3);
    private static final OrderLine POT = new OrderLine("SKU-POT", "Yixing teapot", "KITCHEN", Money.of("129.00"), 1);
    private static final Address ADDRESS = new Address("Li Wei", "13800000000", "Zhejiang", "Hangzhou", "1 West Lake Road", "310000");

    private final OrderFold fold = new OrderFold();
    private long sequence;

    @Test
    @DisplayName("AUD-4: no events, or none that placed the order, fold to no order at all")
    void nothingBeforePlacement() {
        assertThat(fold.order()).isEmpty();

        fold.apply(new OrderStockReservedEvent(ORDER), 0, T0);

        assertThat(fold.order()).isEmpty();
        assertThat(fold.shipment()).isNull();
        assertThat(fold.exceptions()).isEmpty();
    }

    @Test
    @DisplayName("AUD-4, ORD-1, ORD-3: a placed and reserved order is PENDING_PAYMENT with its lines, nothing paid; version and updatedAt name its last event")
    void placedAndReserved() {
        at(0, placed());
        at(5, new OrderStockReservedEvent(ORDER));

        assertThat(fold.order()).contains(new OrderView(ORDER, "SO-20261123-000001", "customer-7", Channel.WEB,
                OrderStatus.PENDING_PAYMENT, List.of(CUPS, POT), Money.of("188.70"), Money.of("0.00"), Money.of("0.00"),
                PaymentMethod.ONLINE, DeliveryMethod.EXPRESS, ADDRESS, 3, T0, T0.plusSeconds(5), 1));
    }

    @Test
    @DisplayName("AUD-4, ORD-4: modified lines replace the lines, total and modifications left")
    void modified() {
        at(0, placed());
        at(60, new OrderLinesModifiedEvent(ORDER, List.of(CUPS, POT), List.of(POT), Money.of("129.00"), 2, T0.plusSeconds(60)));

        OrderView order = fold.order().orElseThrow();
        assertThat(order.lines()).containsExactly(POT);
        assertThat(order.total()).isEqualTo(Money.of("129.00"));
        assertThat(order.modificationsLeft()).isEqualTo(2);
        assertThat(order.version()).isEqualTo(1);
    }

    @Test
    @DisplayName("AUD-4, ORD-5, ORD-9, ORD-10, ORD-12: payment, shipment, tracking and exceptions fold as the read model shows them")
    void paidShippedTrackedWithExceptions() {
        Instant shippedAt = T0.plus(Duration.ofHours(1));
        at(0, placed());
        at(1, new OrderStockReservedEvent(ORDER));
        at(10, new PaymentRecordedEvent(ORDER, PaymentMethod.ONLINE, Money.of("188.70"), "TX-1", T0.plusSeconds(10)));
        at(10, new OrderReadyForFulfilmentEvent(ORDER, "PAID"));
        at(3600, new OrderShippedEvent(ORDER, "SF Express", "SF-1", List.of("SKU-CUP", "SKU-POT"), shippedAt));
        at(3700, new LogisticsExceptionReportedEvent(ORDER, "x-2", ExceptionType.DAMAGED, Severity.MAJOR, "box crushed",
                T0.plusSeconds(3700), T0.plusSeconds(3700 + 8 * 3600)));
        at(3650, new LogisticsExceptionReportedEvent(ORDER, "x-1", ExceptionType.DELAYED, Severity.MINOR, "stuck at hub",
                T0.plusSeconds(3650), T0.plusSeconds(3650 + 2 * 3600)));
        at(4000, new TrackingEventRecordedEvent(ORDER, TrackingStatus.IN_TRANSIT, "Suzhou hub", "sorted", null, T0.plusSeconds(4000)));
        at(5000, new LogisticsExceptionResolvedEvent(ORDER, "x-1", ExceptionResolution.REDIRECTED, "via Wuxi", T0.plusSeconds(5000)));
        at(40_000, new LogisticsExceptionEscalatedEvent(ORDER, "x-2", T0.plusSeconds(40_000)));

        OrderView order = fold.order().orElseThrow();
        assertThat(order.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(order.amountPaid()).isEqualTo(Money.of("188.70"));
        assertThat(order.version()).isEqualTo(9);
        assertThat(order.updatedAt()).isEqualTo(T0.plusSeconds(40_000));
        assertThat(fold.shipment()).isEqualTo(new ShipmentView(ORDER, "SF Express", "SF-1", shippedAt, List.of(
                new TrackingEventView(TrackingStatus.IN_TRANSIT, T0.plusSeconds(4000), "Suzhou hub", "sorted", null))));
        assertThat(fold.exceptions()).as("by report time, as the read model lists them").containsExactly(
                new LogisticsExceptionView(ORDER, "x-1", ExceptionType.DELAYED, Severity.MINOR, T0.plusSeconds(3650),
                        T0.plusSeconds(3650 + 2 * 3600), null, T0.plusSeconds(5000), ExceptionResolution.REDIRECTED,
                        "stuck at hub", "via Wuxi"),
                new LogisticsExceptionView(ORDER, "x-2", ExceptionType.DAMAGED, Severity.MAJOR, T0.plusSeconds(3700),
                        T0.plusSeconds(3700 + 8 * 3600), T0.plusSeconds(40_000), null, null, "box crushed", null));
    }

    @Test
    @DisplayName("AUD-4, ORD-10: delivery moves the order to DELIVERED; the signed tracking event is kept")
    void delivered() {
        at(0, placed());
        at(10, new OrderReadyForFulfilmentEvent(ORDER, "CASH_ON_DELIVERY"));
        at(20, new OrderShippedEvent(ORDER, "SF Express", "SF-1", List.of("SKU-CUP"), T0.plusSeconds(20)));
        at(30, new TrackingEventRecordedEvent(ORDER, TrackingStatus.DELIVERED, "Front door", null, "Li Wei", T0.plusSeconds(30)));
        at(30, new OrderDeliveredEvent(ORDER, "Li Wei", T0.plusSeconds(30)));

        assertThat(fold.order().orElseThrow().status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(fold.shipment().events()).extracting(TrackingEventView::signer).containsExactly("Li Wei");
    }

    @Test
    @DisplayName("AUD-4, REF-1, REF-4, ORD-8: requested refunds are remembered in order; a completed refund sets amountRefunded; a full refund before shipping cancels")
    void refunds() {
        at(0, placed());
        at(10, new PaymentRecordedEvent(ORDER, PaymentMethod.ONLINE, Money.of("188.70"), "TX-1", T0.plusSeconds(10)));
        at(10, new OrderReadyForFulfilmentEvent(ORDER, "PAID"));
        at(20, refundRequested("r-1", "59.70"));
        at(30, refundRequested("r-2", "129.00"));
        at(40, new OrderRefundedEvent(ORDER, "r-1", Money.of("59.70"), Money.of("59.70")));
        at(50, new OrderRefundedEvent(ORDER, "r-2", Money.of("129.00"), Money.of("188.70")));
        at(50, new OrderCancelledEvent(ORDER, CancellationCause.FULLY_REFUNDED, "FULLY_REFUNDED", T0.plusSeconds(50)));

        OrderView order = fold.order().orElseThrow();
        assertThat(order.amountRefunded()).isEqualTo(Money.of("188.70"));
        assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(fold.refundIds()).containsExactly("r-1", "r-2");
    }

    @Test
    @DisplayName("AUD-4: tracking recorded without a shipment is not shown, as in the read model (which lists tracking under its shipment)")
    void trackingWithoutShipment() {
        at(0, placed());
        at(10, new TrackingEventRecordedEvent(ORDER, TrackingStatus.IN_TRANSIT, null, null, null, T0.plusSeconds(10)));

        assertThat(fold.shipment()).isNull();
        assertThat(fold.order().orElseThrow().version()).isEqualTo(1);
    }

    private void at(long seconds, Object event) {
        fold.apply(event, sequence++, T0.plusSeconds(seconds));
    }

    private static OrderPlacedEvent placed() {
        return new OrderPlacedEvent(ORDER, "SO-20261123-000001", "customer-7", Channel.WEB, PaymentMethod.ONLINE,
                DeliveryMethod.EXPRESS, ADDRESS, List.of(CUPS, POT), Money.of("188.70"), 3, T0);
    }

    private static RefundRequestedEvent refundRequested(String refundId, String amount) {
        return new RefundRequestedEvent(ORDER, refundId, "SO-20261123-000001", RefundReason.CUSTOMER_REQUEST, Money.of(amount),
                List.of(), List.of(), null, null, PaymentMethod.ONLINE, T0);
    }
}
