package io.ledgerline.command.order;

import static io.ledgerline.command.order.Orders.ADDRESS;
import static io.ledgerline.command.order.Orders.CUP;
import static io.ledgerline.command.order.Orders.CUSTOMER_ID;
import static io.ledgerline.command.order.Orders.ORDER_ID;
import static io.ledgerline.command.order.Orders.TEAPOT;
import static io.ledgerline.command.order.Orders.fixtureAt;
import static io.ledgerline.command.order.Orders.lines;
import static io.ledgerline.command.order.Orders.place;
import static io.ledgerline.command.order.Orders.placeOrder;
import static io.ledgerline.command.order.Orders.placed;
import static io.ledgerline.command.order.Refusals.refusedWith;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

import io.ledgerline.api.common.Address;
import io.ledgerline.api.common.CommandRefusedException;
import io.ledgerline.api.common.Money;
import io.ledgerline.api.order.Channel;
import io.ledgerline.api.order.DeliveryMethod;
import io.ledgerline.api.order.OrderLine;
import io.ledgerline.api.order.OrderPlacedEvent;
import io.ledgerline.api.order.PaymentMethod;
import io.ledgerline.api.order.PlaceOrderCommand;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ORD-1 (valid input), ORD-2 (order number) and placement idempotency. */
class OrderPlacementTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:30:00Z");

    private AggregateTestFixture<Order> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixtureAt(NOW);
    }

    @Test
    @DisplayName("ORD-1, ORD-2: a placed order records its lines, total and a dated order number")
    void placesAnOrder() {
        List<OrderLine> lines = List.of(
                new OrderLine("SKU-1", "Tea cup", "KITCHEN", Money.of("19.90"), 3),
                new OrderLine("SKU-2", "Teapot", "KITCHEN", Money.of("129.00"), 1));

        fixture.givenNoPriorActivity()
                .when(new PlaceOrderCommand("order-1", "customer-7", Channel.WEB, PaymentMethod.ONLINE,
                        DeliveryMethod.EXPRESS, ADDRESS, lines, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new OrderPlacedEvent("order-1", "SO-20261123-000042", "customer-7", Channel.WEB,
                        PaymentMethod.ONLINE, DeliveryMethod.EXPRESS, ADDRESS, lines, Money.of("188.70"), 3, NOW));
    }

    @Test
    @DisplayName("ORD-1: placing answers the order's id")
    void placingAnswersTheOrderId() {
        fixture.givenNoPriorActivity()
                .when(place())
                .expectResultMessagePayload(ORDER_ID);
    }

    @Test
    @DisplayName("ORD-2: the order number carries the UTC date of placement and the allocated sequence value")
    void orderNumberCarriesTheUtcPlacementDate() {
        Instant lateEvening = Instant.parse("2026-12-31T23:59:59Z"); // already 2027 in Beijing
        List<OrderLine> lines = List.of(CUP, TEAPOT);

        fixtureAt(lateEvening).givenNoPriorActivity()
                .when(place())
                .expectEvents(new OrderPlacedEvent(ORDER_ID, "SO-20261231-000042", CUSTOMER_ID, Channel.WEB,
                        PaymentMethod.ONLINE, DeliveryMethod.EXPRESS, ADDRESS, lines, Money.of("188.70"), 3, lateEvening));
    }

    @Test
    @DisplayName("ORD-1: placing again with the same order id (idempotency key) applies nothing and answers the existing id")
    void placingTwiceIsIdempotent() {
        fixture.given(placed())
                .when(place())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(ORDER_ID)
                .expectNoScheduledDeadlines();
    }

    @Test
    @DisplayName("ORD-1: a repeated placement with other content still changes nothing of the existing order")
    void repeatedPlacementWithOtherContentChangesNothing() {
        fixture.given(placed())
                .when(placeOrder().lines(new OrderLine("SKU-3", "Saucer", "KITCHEN", Money.of("9.90"), 2))
                        .paymentMethod(PaymentMethod.BALANCE).build())
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(ORDER_ID);
    }

    @Test
    @DisplayName("ORD-1: exactly 100 lines, and quantities 1 and 999, are accepted")
    void acceptsTheLimits() {
        List<OrderLine> hundred = new java.util.ArrayList<>(lines(98));
        hundred.add(new OrderLine("SKU-A", "Bowl", "KITCHEN", Money.of("0.01"), 1));
        hundred.add(new OrderLine("SKU-B", "Plate", "KITCHEN", Money.of("2.00"), 999));

        fixture.givenNoPriorActivity()
                .when(placeOrder().lines(hundred).build())
                .expectEvents(new OrderPlacedEvent(ORDER_ID, "SO-20261123-000042", CUSTOMER_ID, Channel.WEB,
                        PaymentMethod.ONLINE, DeliveryMethod.EXPRESS, ADDRESS, hundred, Money.of("2096.01"), 3, NOW));
    }

    @Test
    @DisplayName("ORD-1: an order without lines is refused (lines NO_LINES), nothing is stored")
    void refusesNoLines() {
        expectRefusal(placeOrder().lines(List.of()).build(), "lines:NO_LINES");
    }

    @Test
    @DisplayName("ORD-1: an order whose lines are missing altogether is refused (lines NO_LINES)")
    void refusesNullLines() {
        expectRefusal(placeOrder().lines((List<OrderLine>) null).build(), "lines:NO_LINES");
    }

    @Test
    @DisplayName("ORD-1: 101 lines are refused (lines TOO_MANY_LINES)")
    void refusesTooManyLines() {
        expectRefusal(placeOrder().lines(lines(101)).build(), "lines:TOO_MANY_LINES");
    }

    @ParameterizedTest(name = "ORD-1: a unit price of {0} is refused (lines.0.unitPrice INVALID_PRICE)")
    @ValueSource(strings = {"0.00", "-1.00"})
    @DisplayName("ORD-1: a unit price that is not above zero is refused")
    void refusesNonPositivePrice(String price) {
        expectRefusal(placeOrder().lines(new OrderLine("SKU-1", "Tea cup", "KITCHEN", Money.of(price), 3), TEAPOT).build(),
                "lines.0.unitPrice:INVALID_PRICE");
    }

    @Test
    @DisplayName("ORD-1: a line without a price is refused (lines.1.unitPrice INVALID_PRICE)")
    void refusesMissingPrice() {
        expectRefusal(placeOrder().lines(CUP, new OrderLine("SKU-2", "Teapot", "KITCHEN", null, 1)).build(),
                "lines.1.unitPrice:INVALID_PRICE");
    }

    @ParameterizedTest(name = "ORD-1: quantity {0} is refused (lines.1.quantity INVALID_QUANTITY)")
    @ValueSource(ints = {0, 1000, -1})
    @DisplayName("ORD-1: a quantity outside 1..999 is refused")
    void refusesQuantityOutOfRange(int quantity) {
        expectRefusal(placeOrder().lines(CUP, new OrderLine("SKU-2", "Teapot", "KITCHEN", Money.of("129.00"), quantity)).build(),
                "lines.1.quantity:INVALID_QUANTITY");
    }

    @Test
    @DisplayName("ORD-1: two lines of one sku are refused (lines.1.sku DUPLICATE_SKU)")
    void refusesDuplicateSku() {
        expectRefusal(placeOrder().lines(CUP, new OrderLine("SKU-1", "Tea cup, blue", "KITCHEN", Money.of("21.00"), 1)).build(),
                "lines.1.sku:DUPLICATE_SKU");
    }

    @Test
    @DisplayName("ORD-1: a line without sku, product name and category is refused naming each field")
    void refusesIncompleteLine() {
        expectRefusal(placeOrder().lines(new OrderLine(" ", "", null, Money.of("1.00"), 1)).build(),
                "lines.0.sku:REQUIRED", "lines.0.productName:REQUIRED", "lines.0.category:REQUIRED");
    }

    @Test
    @DisplayName("ORD-1: lines priced in different currencies are refused (lines.1.unitPrice MIXED_CURRENCIES)")
    void refusesMixedCurrencies() {
        expectRefusal(placeOrder().lines(CUP, new OrderLine("SKU-2", "Teapot", "KITCHEN",
                        new Money(new BigDecimal("20.00"), "USD"), 1)).build(),
                "lines.1.unitPrice:MIXED_CURRENCIES");
    }

    @Test
    @DisplayName("ORD-1: a blank phone is refused (shippingAddress.phone REQUIRED), and the message names the field")
    void refusesBlankPhone() {
        Address noPhone = new Address("Li Wei", "  ", "Zhejiang", "Hangzhou", "1 West Lake Road", "310000");

        expectRefusal(placeOrder().address(noPhone).build(), "shippingAddress.phone:REQUIRED")
                .expectExceptionMessage(containsString("shippingAddress.phone"));
    }

    @Test
    @DisplayName("ORD-1: every missing part of the shipping address is named")
    void refusesEmptyAddress() {
        expectRefusal(placeOrder().address(new Address(null, null, "", null, " ", null)).build(),
                "shippingAddress.recipient:REQUIRED", "shippingAddress.phone:REQUIRED",
                "shippingAddress.province:REQUIRED", "shippingAddress.city:REQUIRED",
                "shippingAddress.line:REQUIRED", "shippingAddress.postalCode:REQUIRED");
    }

    @Test
    @DisplayName("ORD-1: an order without a shipping address is refused (shippingAddress REQUIRED)")
    void refusesMissingAddress() {
        expectRefusal(placeOrder().address(null).build(), "shippingAddress:REQUIRED");
    }

    @Test
    @DisplayName("ORD-1: an order without a channel is refused (channel REQUIRED)")
    void refusesMissingChannel() {
        expectRefusal(placeOrder().channel(null).build(), "channel:REQUIRED")
                .expectExceptionMessage(containsString("channel"));
    }

    @Test
    @DisplayName("ORD-1: customer, payment method and delivery method are required")
    void refusesMissingCustomerPaymentAndDelivery() {
        expectRefusal(placeOrder().customerId("").paymentMethod(null).deliveryMethod(null).build(),
                "customerId:REQUIRED", "paymentMethod:REQUIRED", "deliveryMethod:REQUIRED");
    }

    @Test
    @DisplayName("ORD-1: every violation is reported at once, each naming its field")
    void reportsEveryViolation() {
        Address noPhone = new Address("Li Wei", "", "Zhejiang", "Hangzhou", "1 West Lake Road", "310000");
        PlaceOrderCommand command = placeOrder().channel(null).address(noPhone).lines(
                        new OrderLine("SKU-1", "Tea cup", "KITCHEN", Money.of("19.90"), 0),
                        new OrderLine("SKU-1", "Tea cup, blue", "KITCHEN", Money.of("0.00"), 1000))
                .build();

        expectRefusal(command, "channel:REQUIRED", "shippingAddress.phone:REQUIRED", "lines.0.quantity:INVALID_QUANTITY",
                "lines.1.sku:DUPLICATE_SKU", "lines.1.unitPrice:INVALID_PRICE", "lines.1.quantity:INVALID_QUANTITY")
                .expectExceptionMessage(allOf(containsString("channel"), containsString("shippingAddress.phone"),
                        containsString("lines.0.quantity"), containsString("lines.1.sku"),
                        containsString("lines.1.unitPrice"), containsString("lines.1.quantity")));
    }

    /** Refused with exactly these violations; no event stored, no deadline scheduled. */
    private ResultValidator<Order> expectRefusal(PlaceOrderCommand command, String... violations) {
        return fixture.givenNoPriorActivity()
                .when(command)
                .expectException(CommandRefusedException.class)
                .expectException(refusedWith(violations))
                .expectNoEvents()
                .expectNoScheduledDeadlines();
    }
}
