package io.ledgerline.command.order;

import io.ledgerline.api.common.Address;
import io.ledgerline.api.common.Money;
import io.ledgerline.api.order.Channel;
import io.ledgerline.api.order.DeliveryMethod;
import io.ledgerline.api.order.OrderLine;
import io.ledgerline.api.order.OrderPlacedEvent;
import io.ledgerline.api.order.PaymentMethod;
import io.ledgerline.api.order.PlaceOrderCommand;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OrderPlacementTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:30:00Z");
    private static final Address ADDRESS = new Address("Li Wei", "+86 138 0000 0000", "Zhejiang", "Hangzhou",
            "1 West Lake Road", "310000");

    private AggregateTestFixture<Order> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Order.class);
        fixture.registerInjectableResource((OrderNumbers) placedAt -> SequenceOrderNumbers.format(placedAt, 42));
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(OrderSettings.defaults());
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
}
