package io.ledgerline.command.inventory;

import static io.ledgerline.command.inventory.InventoryMother.EAST;
import static io.ledgerline.command.inventory.InventoryMother.SKU;
import static io.ledgerline.command.inventory.InventoryMother.WEST;
import static io.ledgerline.command.inventory.InventoryMother.part;
import static io.ledgerline.command.inventory.InventoryMother.received;
import static io.ledgerline.command.inventory.InventoryMother.refused;
import static io.ledgerline.command.inventory.InventoryMother.reserved;

import io.ledgerline.api.inventory.LowStockAlertRaisedEvent;
import io.ledgerline.api.inventory.ReserveStockCommand;
import io.ledgerline.api.inventory.StockTransferredEvent;
import io.ledgerline.api.inventory.TransferStockCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TransferStockTest {

    private AggregateTestFixture<InventoryItem> fixture;

    @BeforeEach
    void setUp() {
        fixture = InventoryMother.fixture();
    }

    @Test
    @DisplayName("INV-6: available stock moves from one warehouse to another")
    void transfersAvailableStock() {
        fixture.given(received(EAST, 10, 10, 10), reserved("order-1", 6, part(EAST, 4)))
                .when(new TransferStockCommand(SKU, EAST, WEST, 6))
                .expectEvents(new StockTransferredEvent(SKU, EAST, WEST, 6));
    }

    @Test
    @DisplayName("INV-6: transferred stock is available at the receiving warehouse, no longer at the sending one")
    void transferredStockIsAtTheDestination() {
        fixture.given(received(EAST, 10, 10, 10), reserved("order-1", 6, part(EAST, 4)),
                        new StockTransferredEvent(SKU, EAST, WEST, 6))
                .when(new ReserveStockCommand(SKU, "order-2", 6))
                .expectEvents(reserved("order-2", 0, part(WEST, 6)),
                        new LowStockAlertRaisedEvent(SKU, 0, 0));
    }

    @Test
    @DisplayName("INV-6: moving more than is available there is refused, even if on-hand would cover it")
    void moreThanAvailableIsRefused() {
        fixture.given(received(EAST, 10, 10, 10), reserved("order-1", 6, part(EAST, 4)))
                .when(new TransferStockCommand(SKU, EAST, WEST, 7))
                .expectException(refused("", "INSUFFICIENT_STOCK"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("INV-6: a transfer to the warehouse it comes from is refused, naming toWarehouse")
    void sameWarehouseIsRefused() {
        fixture.given(received(EAST, 10, 10, 10))
                .when(new TransferStockCommand(SKU, EAST, EAST, 1))
                .expectException(refused("toWarehouse", "SAME_WAREHOUSE"))
                .expectNoEvents();
    }

    @ParameterizedTest(name = "quantity {0}")
    @ValueSource(ints = {0, -2})
    @DisplayName("INV-6: a transfer of fewer than 1 unit is refused, naming the quantity")
    void transferOfNothingIsRefused(int quantity) {
        fixture.given(received(EAST, 10, 10, 10))
                .when(new TransferStockCommand(SKU, EAST, WEST, quantity))
                .expectException(refused("quantity", "INVALID_QUANTITY"))
                .expectNoEvents();
    }
}
