package io.ledgerline.command.order;

import io.ledgerline.api.common.Address;
import io.ledgerline.api.common.Money;
import io.ledgerline.api.order.Channel;
import io.ledgerline.api.order.ConfirmOrderStockCommand;
import io.ledgerline.api.order.DeliveryMethod;
import io.ledgerline.api.order.OrderDeliveredEvent;
import io.ledgerline.api.order.OrderHeldForReviewEvent;
import io.ledgerline.api.order.OrderLine;
import io.ledgerline.api.order.OrderPlacedEvent;
import io.ledgerline.api.order.OrderReadyForFulfilmentEvent;
import io.ledgerline.api.order.OrderShippedEvent;
import io.ledgerline.api.order.OrderStockReservedEvent;
import io.ledgerline.api.order.PaymentMethod;
import io.ledgerline.api.order.PaymentRecordedEvent;
import io.ledgerline.api.order.PlaceOrderCommand;
import io.ledgerline.api.order.RecordPaymentCommand;
import io.ledgerline.api.order.RecordTrackingEventCommand;
import io.ledgerline.api.order.RefundRequestedEvent;
import io.ledgerline.api.order.ShipOrderCommand;
import io.ledgerline.api.order.TrackingEventRecordedEvent;
import io.ledgerline.api.order.TrackingStatus;
import io.ledgerline.api.refund.RefundReason;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.axonframework.test.aggregate.AggregateTestFixture;

/**
 * Test data for the {@link Order} fixture tests: one order ({@link #ORDER_ID}, numbered {@link #ORDER_NUMBER})
 * at each point of its life as a list of given events, the commands that move it on, and the fixture itself.
 *
 * <p>The fixture's {@link Clock} is the fixture's own time ({@link AggregateTestFixture#currentTime()}), set to
 * the "now" a test asks for: it stands still like a fixed clock, and moves when a test lets time elapse, so
 * the instants an aggregate stamps on deadline-driven events are those at which the deadline fired.
 */
final class Orders {

    static final String ORDER_ID = "order-1";
    static final String ORDER_NUMBER = "SO-20261123-000042";
    static final String CUSTOMER_ID = "customer-7";

    static final Instant PLACED_AT = Instant.parse("2026-11-23T09:30:00Z");
    static final Instant PAID_AT = PLACED_AT.plus(Duration.ofMinutes(10));
    static final Instant SHIPPED_AT = Instant.parse("2026-11-24T08:00:00Z");
    static final Instant DELIVERED_AT = Instant.parse("2026-11-25T15:00:00Z");

    static final Address ADDRESS = new Address("Li Wei", "+86 138 0000 0000", "Zhejiang", "Hangzhou",
            "1 West Lake Road", "310000");

    static final OrderLine CUP = new OrderLine("SKU-1", "Tea cup", "KITCHEN", Money.of("19.90"), 3);
    static final OrderLine TEAPOT = new OrderLine("SKU-2", "Teapot", "KITCHEN", Money.of("129.00"), 1);
    static final List<OrderLine> LINES = List.of(CUP, TEAPOT);
    static final Money TOTAL = Money.of("188.70");

    /** An order above the ORD-7 review threshold (10,000.00). */
    static final OrderLine SOFA = new OrderLine("SKU-9", "Leather sofa", "FURNITURE", Money.of("12000.00"), 1);
    static final Money SOFA_TOTAL = Money.of("12000.00");
    static final Money REVIEW_THRESHOLD = Money.of("10000.00");

    static final String TX = "TX-1";
    static final String CARRIER = "SF Express";
    static final String TRACKING_NUMBER = "SF1234567890";

    private Orders() {
    }

    // ---- the fixture

    /** A fixture whose clock reads {@code now} (and moves only when the test lets time elapse). */
    static AggregateTestFixture<Order> fixtureAt(Instant now) {
        AggregateTestFixture<Order> fixture = new AggregateTestFixture<>(Order.class);
        fixture.registerInjectableResource((OrderNumbers) placedAt -> SequenceOrderNumbers.format(placedAt, 42));
        fixture.registerInjectableResource(new FixtureClock(fixture));
        fixture.registerInjectableResource(OrderSettings.defaults());
        fixture.givenCurrentTime(now); // a later given(...) keeps this time
        return fixture;
    }

    /** The fixture's time as a {@link Clock}, so aggregate timestamps and the stub deadline manager agree. */
    private static final class FixtureClock extends Clock {

        private final AggregateTestFixture<Order> fixture;

        FixtureClock(AggregateTestFixture<Order> fixture) {
            this.fixture = fixture;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the order works in UTC");
        }

        @Override
        public Instant instant() {
            return fixture.currentTime();
        }
    }

    // ---- orders at each point of their life (given events)

    static OrderPlacedEvent placedEvent(PaymentMethod method, List<OrderLine> lines, Money total) {
        return new OrderPlacedEvent(ORDER_ID, ORDER_NUMBER, CUSTOMER_ID, Channel.WEB, method, DeliveryMethod.EXPRESS,
                ADDRESS, lines, total, 3, PLACED_AT);
    }

    static List<Object> placed() {
        return placed(PaymentMethod.ONLINE);
    }

    static List<Object> placed(PaymentMethod method) {
        return List.of(placedEvent(method, LINES, TOTAL));
    }

    static List<Object> placed(List<OrderLine> lines, Money total) {
        return List.of(placedEvent(PaymentMethod.ONLINE, lines, total));
    }

    static List<Object> stockReserved() {
        return with(placed(), new OrderStockReservedEvent(ORDER_ID));
    }

    static List<Object> stockReserved(List<OrderLine> lines, Money total) {
        return with(placed(lines, total), new OrderStockReservedEvent(ORDER_ID));
    }

    static List<Object> paid() {
        return paid(LINES, TOTAL);
    }

    static List<Object> paid(List<OrderLine> lines, Money total) {
        return with(stockReserved(lines, total),
                new PaymentRecordedEvent(ORDER_ID, PaymentMethod.ONLINE, total, TX, PAID_AT),
                new OrderReadyForFulfilmentEvent(ORDER_ID, "PAID"));
    }

    static List<Object> awaitingReview() {
        return with(stockReserved(List.of(SOFA), SOFA_TOTAL),
                new PaymentRecordedEvent(ORDER_ID, PaymentMethod.ONLINE, SOFA_TOTAL, TX, PAID_AT),
                new OrderHeldForReviewEvent(ORDER_ID, SOFA_TOTAL, REVIEW_THRESHOLD));
    }

    static List<Object> shipped() {
        return shipped(LINES, TOTAL);
    }

    static List<Object> shipped(List<OrderLine> lines, Money total) {
        return with(paid(lines, total), shippedEvent(lines));
    }

    static List<Object> delivered() {
        return delivered(LINES, TOTAL);
    }

    static List<Object> delivered(List<OrderLine> lines, Money total) {
        return with(shipped(lines, total),
                new TrackingEventRecordedEvent(ORDER_ID, TrackingStatus.DELIVERED, "Hangzhou", null, "Li Wei", DELIVERED_AT),
                new OrderDeliveredEvent(ORDER_ID, "Li Wei", DELIVERED_AT));
    }

    /** A cash-on-delivery order with its stock reserved: ready for fulfilment, nothing paid yet. */
    static List<Object> codReady() {
        return with(placed(PaymentMethod.CASH_ON_DELIVERY), new OrderStockReservedEvent(ORDER_ID),
                new OrderReadyForFulfilmentEvent(ORDER_ID, "CASH_ON_DELIVERY"));
    }

    static List<Object> codShipped() {
        return with(codReady(), shippedEvent(LINES));
    }

    static OrderShippedEvent shippedEvent(List<OrderLine> lines) {
        return new OrderShippedEvent(ORDER_ID, CARRIER, TRACKING_NUMBER, lines.stream().map(OrderLine::sku).toList(),
                SHIPPED_AT);
    }

    static RefundRequestedEvent refundRequested(String refundId, Money amount) {
        return new RefundRequestedEvent(ORDER_ID, refundId, ORDER_NUMBER, RefundReason.CUSTOMER_REQUEST, amount,
                List.of(), List.of(), "RETURNS", null, PaymentMethod.ONLINE, PAID_AT.plus(Duration.ofHours(1)));
    }

    static List<Object> with(List<Object> history, Object... more) {
        List<Object> events = new ArrayList<>(history);
        events.addAll(List.of(more));
        return List.copyOf(events);
    }

    // ---- commands

    static PlaceOrderCommand place() {
        return placeOrder().build();
    }

    /** A valid placement of {@link #LINES}, to be changed field by field. */
    static PlaceOrderBuilder placeOrder() {
        return new PlaceOrderBuilder();
    }

    static ConfirmOrderStockCommand confirmStock() {
        return new ConfirmOrderStockCommand(ORDER_ID);
    }

    static RecordPaymentCommand pay(Money amount, String transactionRef) {
        return new RecordPaymentCommand(ORDER_ID, PaymentMethod.ONLINE, amount, transactionRef);
    }

    static ShipOrderCommand ship() {
        return new ShipOrderCommand(ORDER_ID, CARRIER, TRACKING_NUMBER);
    }

    static RecordTrackingEventCommand deliver() {
        return new RecordTrackingEventCommand(ORDER_ID, TrackingStatus.DELIVERED, "Hangzhou", null, "Li Wei");
    }

    /** {@code count} valid, distinct lines SKU-0, SKU-1, ... at 1.00 each. */
    static List<OrderLine> lines(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> new OrderLine("SKU-" + i, "Item " + i, "KITCHEN", Money.of("1.00"), 1))
                .toList();
    }

    static final class PlaceOrderBuilder {

        private String orderId = ORDER_ID;
        private String customerId = CUSTOMER_ID;
        private Channel channel = Channel.WEB;
        private PaymentMethod paymentMethod = PaymentMethod.ONLINE;
        private DeliveryMethod deliveryMethod = DeliveryMethod.EXPRESS;
        private Address address = ADDRESS;
        private List<OrderLine> lines = LINES;

        PlaceOrderBuilder customerId(String value) {
            customerId = value;
            return this;
        }

        PlaceOrderBuilder channel(Channel value) {
            channel = value;
            return this;
        }

        PlaceOrderBuilder paymentMethod(PaymentMethod value) {
            paymentMethod = value;
            return this;
        }

        PlaceOrderBuilder deliveryMethod(DeliveryMethod value) {
            deliveryMethod = value;
            return this;
        }

        PlaceOrderBuilder address(Address value) {
            address = value;
            return this;
        }

        PlaceOrderBuilder lines(List<OrderLine> value) {
            lines = value;
            return this;
        }

        PlaceOrderBuilder lines(OrderLine... value) {
            lines = List.of(value);
            return this;
        }

        PlaceOrderCommand build() {
            return new PlaceOrderCommand(orderId, customerId, channel, paymentMethod, deliveryMethod, address, lines, null);
        }
    }
}
