package io.ledgerline.command.inventory;

import static io.ledgerline.command.inventory.InventoryMother.EAST;
import static io.ledgerline.command.inventory.InventoryMother.SKU;
import static io.ledgerline.command.inventory.InventoryMother.WEST;
import static io.ledgerline.command.inventory.InventoryMother.part;
import static io.ledgerline.command.inventory.InventoryMother.received;
import static io.ledgerline.command.inventory.InventoryMother.refused;
import static io.ledgerline.command.inventory.InventoryMother.reserved;
import static io.ledgerline.command.inventory.InventoryMother.threshold;

import io.ledgerline.api.inventory.LowStockAlertClearedEvent;
import io.ledgerline.api.inventory.LowStockAlertRaisedEvent;
import io.ledgerline.api.inventory.LowStockThresholdSetEvent;
import io.ledgerline.api.inventory.ReceiveStockCommand;
import io.ledgerline.api.inventory.ReleaseReservationCommand;
import io.ledgerline.api.inventory.ReservationReleasedEvent;
import io.ledgerline.api.inventory.ReserveStockCommand;
import io.ledgerline.api.inventory.SetLowStockThresholdCommand;
import io.ledgerline.api.inventory.StockReceivedEvent;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LowStockAlertTest {

    private AggregateTestFixture<InventoryItem> fixture;

    @BeforeEach
    void setUp() {
        fixture = InventoryMother.fixture();
    }

    @Test
    @DisplayName("INV-7: the alert is raised when the sku's available stock, all warehouses, falls to its threshold")
    void raisedAtThreshold() {
        fixture.given(received(EAST, 6, 6, 6), received(WEST, 4, 4, 10), threshold(5))
                .when(new ReserveStockCommand(SKU, "order-1", 5))
                .expectEvents(reserved("order-1", 5, part(EAST, 5)), new LowStockAlertRaisedEvent(SKU, 5, 5));
    }

    @Test
    @DisplayName("INV-7: the alert is raised once: a further drop raises nothing")
    void raisedOnce() {
        fixture.given(received(EAST, 10, 10, 10), threshold(5), reserved("order-1", 5, part(EAST, 5)),
                        new LowStockAlertRaisedEvent(SKU, 5, 5))
                .when(new ReserveStockCommand(SKU, "order-2", 2))
                .expectEvents(reserved("order-2", 3, part(EAST, 2)));
    }

    @Test
    @DisplayName("INV-7: the alert clears when available stock rises above the threshold")
    void clearedAboveThreshold() {
        fixture.given(received(EAST, 10, 10, 10), threshold(5), reserved("order-1", 5, part(EAST, 5)),
                        new LowStockAlertRaisedEvent(SKU, 5, 5))
                .when(new ReleaseReservationCommand(SKU, "order-1", "order cancelled"))
                .expectEvents(new ReservationReleasedEvent(SKU, "order-1", List.of(part(EAST, 5)), "order cancelled",
                                10),
                        new LowStockAlertClearedEvent(SKU, 10, 5));
    }

    @Test
    @DisplayName("INV-7: rising back only to the threshold does not clear the alert")
    void notClearedAtThreshold() {
        fixture.given(received(EAST, 10, 10, 10), threshold(5), reserved("order-1", 6, part(EAST, 6)),
                        new LowStockAlertRaisedEvent(SKU, 4, 5))
                .when(new ReceiveStockCommand(SKU, EAST, 1, null))
                .expectEvents(new StockReceivedEvent(SKU, EAST, 1, null, 11, 5));
    }

    @Test
    @DisplayName("INV-7: with no threshold set (0), the alert is raised when the sku runs out")
    void defaultThresholdAlertsWhenOut() {
        fixture.given(received(EAST, 3, 3, 3))
                .when(new ReserveStockCommand(SKU, "order-1", 3))
                .expectEvents(reserved("order-1", 0, part(EAST, 3)), new LowStockAlertRaisedEvent(SKU, 0, 0));
    }

    @Test
    @DisplayName("INV-7: a threshold set above the current stock raises the alert at once")
    void newThresholdIsCheckedAtOnce() {
        fixture.given(received(EAST, 3, 3, 3))
                .when(new SetLowStockThresholdCommand(SKU, 5))
                .expectEvents(new LowStockThresholdSetEvent(SKU, 5), new LowStockAlertRaisedEvent(SKU, 3, 5));
    }

    @Test
    @DisplayName("INV-7: a threshold lowered below the current stock clears a raised alert")
    void loweredThresholdClears() {
        fixture.given(received(EAST, 3, 3, 3), threshold(5), new LowStockAlertRaisedEvent(SKU, 3, 5))
                .when(new SetLowStockThresholdCommand(SKU, 2))
                .expectEvents(new LowStockThresholdSetEvent(SKU, 2), new LowStockAlertClearedEvent(SKU, 3, 2));
    }

    @Test
    @DisplayName("INV-7: a negative threshold is refused, naming the threshold")
    void negativeThresholdIsRefused() {
        fixture.given(received(EAST, 3, 3, 3))
                .when(new SetLowStockThresholdCommand(SKU, -1))
                .expectException(refused("threshold", "INVALID_QUANTITY"))
                .expectNoEvents();
    }
}
