package io.ledgerline.command.saga;

import io.ledgerline.api.common.Address;
import io.ledgerline.api.common.Money;
import io.ledgerline.api.inventory.DeductReservedStockCommand;
import io.ledgerline.api.inventory.ReleaseReservationCommand;
import io.ledgerline.api.inventory.ReserveStockCommand;
import io.ledgerline.api.inventory.StockReservationRefusedEvent;
import io.ledgerline.api.inventory.StockReservedEvent;
import io.ledgerline.api.inventory.WarehouseQuantity;
import io.ledgerline.api.order.Channel;
import io.ledgerline.api.order.ConfirmOrderStockCommand;
import io.ledgerline.api.order.DeliveryMethod;
import io.ledgerline.api.order.CancellationCause;
import io.ledgerline.api.order.OrderCancelledEvent;
import io.ledgerline.api.order.OrderLine;
import io.ledgerline.api.order.OrderLinesModifiedEvent;
import io.ledgerline.api.order.OrderPlacedEvent;
import io.ledgerline.api.order.OrderShippedEvent;
import io.ledgerline.api.order.PaymentMethod;
import io.ledgerline.api.order.RejectOrderForStockCommand;
import java.time.Instant;
import java.util.List;
import org.axonframework.test.saga.SagaTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OrderFulfilmentSagaTest {

    private static final String ORDER = "order-1";
    private static final Instant NOW = Instant.parse("2026-11-23T09:30:00Z");
    private static final OrderLine CUPS = new OrderLine("SKU-CUP", "Tea cup", "KITCHEN", Money.of("19.90"), 3);
    private static final OrderLine POT = new OrderLine("SKU-POT", "Teapot", "KITCHEN", Money.of("129.00"), 1);

    private SagaTestFixture<OrderFulfilmentSaga> fixture;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(OrderFulfilmentSaga.class);
    }

    @Test
    @DisplayName("ORD-3: a placed order reserves every line")
    void reservesEveryLine() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(placed(CUPS, POT))
                .expectActiveSagas(1)
                .expectDispatchedCommands(new ReserveStockCommand("SKU-CUP", ORDER, 3), new ReserveStockCommand("SKU-POT", ORDER, 1));
    }

    @Test
    @DisplayName("ORD-3: when every line is reserved the order is confirmed")
    void confirmsWhenAllReserved() {
        fixture.givenAPublished(placed(CUPS, POT)).andThenAPublished(reserved("SKU-CUP", 3))
                .whenPublishingA(reserved("SKU-POT", 1))
                .expectDispatchedCommands(new ConfirmOrderStockCommand(ORDER));
    }

    @Test
    @DisplayName("ORD-3: nothing is decided while a reservation is still unanswered")
    void waitsForEveryAnswer() {
        fixture.givenAPublished(placed(CUPS, POT))
                .whenPublishingA(reserved("SKU-CUP", 3))
                .expectNoDispatchedCommands();
    }

    @Test
    @DisplayName("ORD-3: a refused line rejects the order OUT_OF_STOCK naming the sku, and the rest is released")
    void rejectsAndCompensates() {
        fixture.givenAPublished(placed(CUPS, POT)).andThenAPublished(reserved("SKU-CUP", 3))
                .whenPublishingA(new StockReservationRefusedEvent("SKU-POT", ORDER, 1, 0))
                .expectDispatchedCommands(new RejectOrderForStockCommand(ORDER, List.of("SKU-POT")));
    }

    @Test
    @DisplayName("ORD-3: when the order is rejected every reservation it holds is released and the saga ends")
    void releasesOnRejection() {
        fixture.givenAPublished(placed(CUPS, POT)).andThenAPublished(reserved("SKU-CUP", 3))
                .andThenAPublished(new StockReservationRefusedEvent("SKU-POT", ORDER, 1, 0))
                .whenPublishingA(new io.ledgerline.api.order.OrderRejectedEvent(ORDER, "OUT_OF_STOCK", List.of("SKU-POT"), "", NOW))
                .expectDispatchedCommands(new ReleaseReservationCommand("SKU-CUP", ORDER, "ORDER_REJECTED"))
                .expectActiveSagas(0);
    }

    @Test
    @DisplayName("ORD-6, ORD-8: a cancelled order's reservations are released")
    void releasesOnCancellation() {
        fixture.givenAPublished(placed(CUPS, POT)).andThenAPublished(reserved("SKU-CUP", 3))
                .andThenAPublished(reserved("SKU-POT", 1))
                .whenPublishingA(new OrderCancelledEvent(ORDER, CancellationCause.PAYMENT_TIMEOUT, "PAYMENT_TIMEOUT", NOW))
                .expectDispatchedCommands(new ReleaseReservationCommand("SKU-CUP", ORDER, "ORDER_CANCELLED"),
                        new ReleaseReservationCommand("SKU-POT", ORDER, "ORDER_CANCELLED"))
                .expectActiveSagas(0);
    }

    @Test
    @DisplayName("ORD-4: changed lines are released and reserved anew; unchanged lines are kept")
    void adjustsReservationsOnModification() {
        OrderLine moreCups = new OrderLine("SKU-CUP", "Tea cup", "KITCHEN", Money.of("19.90"), 5);
        fixture.givenAPublished(placed(CUPS, POT)).andThenAPublished(reserved("SKU-CUP", 3))
                .andThenAPublished(reserved("SKU-POT", 1))
                .whenPublishingA(new OrderLinesModifiedEvent(ORDER, List.of(CUPS, POT), List.of(moreCups, POT),
                        Money.of("228.50"), 2, NOW))
                .expectDispatchedCommands(new ReleaseReservationCommand("SKU-CUP", ORDER, "ORDER_MODIFIED"),
                        new ReserveStockCommand("SKU-CUP", ORDER, 5));
    }

    @Test
    @DisplayName("ORD-9, INV-4: shipping turns every reservation into a deduction and ends the saga")
    void deductsOnShipping() {
        fixture.givenAPublished(placed(CUPS, POT)).andThenAPublished(reserved("SKU-CUP", 3))
                .andThenAPublished(reserved("SKU-POT", 1))
                .whenPublishingA(new OrderShippedEvent(ORDER, "SF", "SF123", List.of("SKU-CUP", "SKU-POT"), NOW))
                .expectDispatchedCommands(new DeductReservedStockCommand("SKU-CUP", ORDER),
                        new DeductReservedStockCommand("SKU-POT", ORDER))
                .expectActiveSagas(0);
    }

    private static OrderPlacedEvent placed(OrderLine... lines) {
        return new OrderPlacedEvent(ORDER, "SO-20261123-000001", "customer-7", Channel.WEB, PaymentMethod.ONLINE,
                DeliveryMethod.STANDARD, new Address("Li Wei", "13800000000", "Zhejiang", "Hangzhou", "1 Road", "310000"),
                List.of(lines), Money.of("188.70"), 3, NOW);
    }

    private static StockReservedEvent reserved(String sku, int quantity) {
        return new StockReservedEvent(sku, ORDER, quantity, List.of(new WarehouseQuantity("WH-1", quantity)), 10);
    }
}
