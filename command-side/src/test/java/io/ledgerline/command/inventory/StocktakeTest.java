package io.ledgerline.command.inventory;

import static io.ledgerline.command.inventory.InventoryMother.EAST;
import static io.ledgerline.command.inventory.InventoryMother.NOW;
import static io.ledgerline.command.inventory.InventoryMother.SKU;
import static io.ledgerline.command.inventory.InventoryMother.part;
import static io.ledgerline.command.inventory.InventoryMother.received;
import static io.ledgerline.command.inventory.InventoryMother.refused;
import static io.ledgerline.command.inventory.InventoryMother.reserved;

import io.ledgerline.api.inventory.DiscrepancyType;
import io.ledgerline.api.inventory.LowStockAlertRaisedEvent;
import io.ledgerline.api.inventory.RecordStocktakeCommand;
import io.ledgerline.api.inventory.ReserveStockCommand;
import io.ledgerline.api.inventory.StockReservationRefusedEvent;
import io.ledgerline.api.inventory.StocktakeRecordedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StocktakeTest {

    private AggregateTestFixture<InventoryItem> fixture;

    @BeforeEach
    void setUp() {
        fixture = InventoryMother.fixture();
    }

    @Test
    @DisplayName("INV-5: counting fewer than expected sets on-hand and records a SHORTAGE with counter and time")
    void shortage() {
        fixture.given(received(EAST, 10, 10, 10))
                .when(new RecordStocktakeCommand(SKU, EAST, 7, "clerk-1"))
                .expectEvents(new StocktakeRecordedEvent(SKU, EAST, 10, 7, -3, DiscrepancyType.SHORTAGE, "clerk-1",
                        NOW));
    }

    @Test
    @DisplayName("INV-5: counting more than expected sets on-hand and records a SURPLUS")
    void surplus() {
        fixture.given(received(EAST, 10, 10, 10))
                .when(new RecordStocktakeCommand(SKU, EAST, 12, "clerk-1"))
                .expectEvents(new StocktakeRecordedEvent(SKU, EAST, 10, 12, 2, DiscrepancyType.SURPLUS, "clerk-1",
                        NOW));
    }

    @Test
    @DisplayName("INV-5: a count that matches is still recorded, with no discrepancy")
    void noDiscrepancy() {
        fixture.given(received(EAST, 10, 10, 10))
                .when(new RecordStocktakeCommand(SKU, EAST, 10, "clerk-1"))
                .expectEvents(new StocktakeRecordedEvent(SKU, EAST, 10, 10, 0, DiscrepancyType.NONE, "clerk-1", NOW));
    }

    @Test
    @DisplayName("INV-5: the counted quantity becomes on-hand for the next count")
    void countBecomesOnHand() {
        fixture.given(received(EAST, 10, 10, 10),
                        new StocktakeRecordedEvent(SKU, EAST, 10, 7, -3, DiscrepancyType.SHORTAGE, "clerk-1", NOW))
                .when(new RecordStocktakeCommand(SKU, EAST, 7, "clerk-2"))
                .expectEvents(new StocktakeRecordedEvent(SKU, EAST, 7, 7, 0, DiscrepancyType.NONE, "clerk-2", NOW));
    }

    @Test
    @DisplayName("INV-5: a count below what is reserved is accepted as the physical fact; available stops at 0")
    void countBelowReservedIsAccepted() {
        fixture.given(received(EAST, 10, 10, 10), reserved("order-1", 2, part(EAST, 8)))
                .when(new RecordStocktakeCommand(SKU, EAST, 5, "clerk-1"))
                .expectEvents(new StocktakeRecordedEvent(SKU, EAST, 10, 5, -5, DiscrepancyType.SHORTAGE, "clerk-1",
                        NOW), new LowStockAlertRaisedEvent(SKU, 0, 0));
    }

    @Test
    @DisplayName("INV-5: after a count below what is reserved, nothing more can be reserved there")
    void overCommittedWarehouseHasNothingAvailable() {
        fixture.given(received(EAST, 10, 10, 10), reserved("order-1", 2, part(EAST, 8)),
                        new StocktakeRecordedEvent(SKU, EAST, 10, 5, -5, DiscrepancyType.SHORTAGE, "clerk-1", NOW),
                        new LowStockAlertRaisedEvent(SKU, 0, 0))
                .when(new ReserveStockCommand(SKU, "order-2", 1))
                .expectEvents(new StockReservationRefusedEvent(SKU, "order-2", 1, 0));
    }

    @Test
    @DisplayName("INV-5: a negative count is refused, naming the count")
    void negativeCountIsRefused() {
        fixture.given(received(EAST, 10, 10, 10))
                .when(new RecordStocktakeCommand(SKU, EAST, -1, "clerk-1"))
                .expectException(refused("counted", "INVALID_QUANTITY"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("INV-5: a count without the counter is refused, naming countedBy")
    void countWithoutCounterIsRefused() {
        fixture.given(received(EAST, 10, 10, 10))
                .when(new RecordStocktakeCommand(SKU, EAST, 10, null))
                .expectException(refused("countedBy", "REQUIRED"))
                .expectNoEvents();
    }
}
