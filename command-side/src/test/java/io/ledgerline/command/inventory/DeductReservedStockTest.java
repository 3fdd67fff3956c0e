package io.ledgerline.command.inventory;

import static io.ledgerline.command.inventory.InventoryMother.EAST;
import static io.ledgerline.command.inventory.InventoryMother.NOW;
import static io.ledgerline.command.inventory.InventoryMother.SKU;
import static io.ledgerline.command.inventory.InventoryMother.WEST;
import static io.ledgerline.command.inventory.InventoryMother.part;
import static io.ledgerline.command.inventory.InventoryMother.received;
import static io.ledgerline.command.inventory.InventoryMother.reserved;

import io.ledgerline.api.inventory.DeductReservedStockCommand;
import io.ledgerline.api.inventory.DiscrepancyType;
import io.ledgerline.api.inventory.LowStockAlertClearedEvent;
import io.ledgerline.api.inventory.LowStockAlertRaisedEvent;
import io.ledgerline.api.inventory.ReceiveStockCommand;
import io.ledgerline.api.inventory.RecordStocktakeCommand;
import io.ledgerline.api.inventory.ReservedStockDeductedEvent;
import io.ledgerline.api.inventory.StockReceivedEvent;
import io.ledgerline.api.inventory.StocktakeRecordedEvent;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DeductReservedStockTest {

    private static final ReservedStockDeductedEvent DEDUCTED = new ReservedStockDeductedEvent(SKU, "order-1",
            List.of(part(EAST, 10), part(WEST, 2)));

    private AggregateTestFixture<InventoryItem> fixture;

    @BeforeEach
    void setUp() {
        fixture = InventoryMother.fixture();
    }

    @Test
    @DisplayName("INV-4: shipping turns the order's reservation into deductions from those warehouses")
    void deductsTheReservation() {
        fixture.given(received(EAST, 10, 10, 10), received(WEST, 5, 5, 15),
                        reserved("order-1", 3, part(EAST, 10), part(WEST, 2)))
                .when(new DeductReservedStockCommand(SKU, "order-1"))
                .expectEvents(DEDUCTED);
    }

    @Test
    @DisplayName("INV-4: deducted stock has left on-hand")
    void deductedStockLeftOnHand() {
        fixture.given(received(EAST, 10, 10, 10), received(WEST, 5, 5, 15),
                        reserved("order-1", 3, part(EAST, 10), part(WEST, 2)), DEDUCTED)
                .when(new RecordStocktakeCommand(SKU, WEST, 3, "clerk-1"))
                .expectEvents(new StocktakeRecordedEvent(SKU, WEST, 3, 3, 0, DiscrepancyType.NONE, "clerk-1", NOW));
    }

    @Test
    @DisplayName("INV-4: deducting an order again is a no-op")
    void secondDeductionIsANoOp() {
        fixture.given(received(EAST, 10, 10, 10), received(WEST, 5, 5, 15),
                        reserved("order-1", 3, part(EAST, 10), part(WEST, 2)), DEDUCTED)
                .when(new DeductReservedStockCommand(SKU, "order-1"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    @DisplayName("INV-4: deducting for an order without a reservation here is a no-op")
    void deductionWithoutReservationIsANoOp() {
        fixture.given(received(EAST, 10, 10, 10))
                .when(new DeductReservedStockCommand(SKU, "order-9"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    @DisplayName("INV-4, INV-5: where a count left less on hand than was reserved, a deduction stops on-hand at 0")
    void deductionNeverTakesOnHandNegative() {
        fixture.given(received(EAST, 10, 10, 10), reserved("order-1", 2, part(EAST, 8)),
                        new StocktakeRecordedEvent(SKU, EAST, 10, 5, -5, DiscrepancyType.SHORTAGE, "clerk-1", NOW),
                        new LowStockAlertRaisedEvent(SKU, 0, 0),
                        new ReservedStockDeductedEvent(SKU, "order-1", List.of(part(EAST, 8))))
                .when(new ReceiveStockCommand(SKU, EAST, 3, null))
                .expectEvents(new StockReceivedEvent(SKU, EAST, 3, null, 3, 3),
                        new LowStockAlertClearedEvent(SKU, 3, 0));
    }
}
