package io.ledgerline.command.inventory;

import static io.ledgerline.command.inventory.InventoryMother.EAST;
import static io.ledgerline.command.inventory.InventoryMother.NOW;
import static io.ledgerline.command.inventory.InventoryMother.SKU;
import static io.ledgerline.command.inventory.InventoryMother.part;
import static io.ledgerline.command.inventory.InventoryMother.received;
import static io.ledgerline.command.inventory.InventoryMother.refused;
import static io.ledgerline.command.inventory.InventoryMother.reserved;

import io.ledgerline.api.inventory.AdjustStockCommand;
import io.ledgerline.api.inventory.DiscrepancyType;
import io.ledgerline.api.inventory.LowStockAlertRaisedEvent;
import io.ledgerline.api.inventory.StockAdjustedEvent;
import io.ledgerline.api.inventory.StocktakeRecordedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AdjustStockTest {

    private AggregateTestFixture<InventoryItem> fixture;

    @BeforeEach
    void setUp() {
        fixture = InventoryMother.fixture();
    }

    @Test
    @DisplayName("INV-2: an upward adjustment adds to on-hand")
    void upwardAdjustment() {
        fixture.given(received(EAST, 10, 10, 10))
                .when(new AdjustStockCommand(SKU, EAST, 3, "found behind a shelf"))
                .expectEvents(new StockAdjustedEvent(SKU, EAST, 3, "found behind a shelf", 13, 13));
    }

    @Test
    @DisplayName("INV-2: a downward adjustment takes from on-hand")
    void downwardAdjustment() {
        fixture.given(received(EAST, 10, 10, 10), reserved("order-1", 6, part(EAST, 4)))
                .when(new AdjustStockCommand(SKU, EAST, -2, "damaged in handling"))
                .expectEvents(new StockAdjustedEvent(SKU, EAST, -2, "damaged in handling", 8, 4));
    }

    @Test
    @DisplayName("INV-2: a downward adjustment may take on-hand down to exactly what is reserved")
    void downToReserved() {
        fixture.given(received(EAST, 10, 10, 10), reserved("order-1", 6, part(EAST, 4)))
                .when(new AdjustStockCommand(SKU, EAST, -6, "water damage"))
                .expectEvents(new StockAdjustedEvent(SKU, EAST, -6, "water damage", 4, 0),
                        new LowStockAlertRaisedEvent(SKU, 0, 0));
    }

    @Test
    @DisplayName("INV-2: an adjustment that would take on-hand below what is reserved is refused")
    void belowReservedIsRefused() {
        fixture.given(received(EAST, 10, 10, 10), reserved("order-1", 6, part(EAST, 4)))
                .when(new AdjustStockCommand(SKU, EAST, -7, "water damage"))
                .expectException(refused("", "BELOW_RESERVED"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("INV-2: a downward adjustment at a warehouse that never held the sku is refused")
    void belowZeroIsRefused() {
        fixture.given(received(EAST, 10, 10, 10))
                .when(new AdjustStockCommand(SKU, "WH-NOWHERE", -1, "typo"))
                .expectException(refused("", "BELOW_RESERVED"))
                .expectNoEvents();
    }

    @ParameterizedTest(name = "reason [{0}]")
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    @DisplayName("INV-2: an adjustment without a reason is refused, naming the reason")
    void withoutReasonIsRefused(String reason) {
        fixture.given(received(EAST, 10, 10, 10))
                .when(new AdjustStockCommand(SKU, EAST, -1, reason))
                .expectException(refused("reason", "REQUIRED"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("INV-2: an adjustment of 0 is refused, naming the delta")
    void zeroDeltaIsRefused() {
        fixture.given(received(EAST, 10, 10, 10))
                .when(new AdjustStockCommand(SKU, EAST, 0, "nothing"))
                .expectException(refused("delta", "INVALID_QUANTITY"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("INV-2, INV-5: an upward adjustment is accepted where a count left on-hand below reserved")
    void upwardAdjustmentOfOverCommittedWarehouse() {
        fixture.given(received(EAST, 10, 10, 10), reserved("order-1", 2, part(EAST, 8)),
                        new StocktakeRecordedEvent(SKU, EAST, 10, 5, -5, DiscrepancyType.SHORTAGE, "clerk-1", NOW),
                        new LowStockAlertRaisedEvent(SKU, 0, 0))
                .when(new AdjustStockCommand(SKU, EAST, 1, "found one more"))
                .expectEvents(new StockAdjustedEvent(SKU, EAST, 1, "found one more", 6, 0));
    }
}
