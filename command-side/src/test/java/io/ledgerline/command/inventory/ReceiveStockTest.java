package io.ledgerline.command.inventory;

import static io.ledgerline.command.inventory.InventoryMother.EAST;
import static io.ledgerline.command.inventory.InventoryMother.PRODUCT;
import static io.ledgerline.command.inventory.InventoryMother.SKU;
import static io.ledgerline.command.inventory.InventoryMother.WEST;
import static io.ledgerline.command.inventory.InventoryMother.part;
import static io.ledgerline.command.inventory.InventoryMother.received;
import static io.ledgerline.command.inventory.InventoryMother.refused;
import static io.ledgerline.command.inventory.InventoryMother.reserved;
import static org.hamcrest.Matchers.allOf;

import io.ledgerline.api.inventory.ReceiveStockCommand;
import io.ledgerline.api.inventory.StockReceivedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReceiveStockTest {

    private AggregateTestFixture<InventoryItem> fixture;

    @BeforeEach
    void setUp() {
        fixture = InventoryMother.fixture();
    }

    @Test
    @DisplayName("INV-1: the first receipt of a sku creates its inventory item")
    void firstReceiptCreatesTheItem() {
        fixture.givenNoPriorActivity()
                .when(new ReceiveStockCommand(SKU, EAST, 10, PRODUCT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new StockReceivedEvent(SKU, EAST, 10, PRODUCT, 10, 10));
    }

    @Test
    @DisplayName("INV-1: a receipt adds to the warehouse's on-hand and to the sku's available stock")
    void receiptAddsStock() {
        fixture.given(received(EAST, 10, 10, 10), received(WEST, 4, 4, 14), reserved("order-1", 11, part(EAST, 3)))
                .when(new ReceiveStockCommand(SKU, EAST, 5, null))
                .expectEvents(new StockReceivedEvent(SKU, EAST, 5, null, 15, 16));
    }

    @ParameterizedTest(name = "quantity {0}")
    @ValueSource(ints = {0, -3})
    @DisplayName("INV-1: a receipt of fewer than 1 unit is refused, naming the quantity")
    void receiptOfNothingIsRefused(int quantity) {
        fixture.given(received(EAST, 10, 10, 10))
                .when(new ReceiveStockCommand(SKU, EAST, quantity, PRODUCT))
                .expectException(refused("quantity", "INVALID_QUANTITY"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("INV-1: a first receipt with several bad fields is refused naming each, and creates no item")
    void receiptWithBadFieldsNamesEach() {
        fixture.givenNoPriorActivity()
                .when(new ReceiveStockCommand(SKU, " ", 0, PRODUCT))
                .expectException(allOf(refused("warehouse", "REQUIRED"), refused("quantity", "INVALID_QUANTITY")))
                .expectNoEvents();
    }

    @Test
    @DisplayName("INV-1: a receipt for a blank sku is refused")
    void receiptForBlankSkuIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new ReceiveStockCommand(" ", EAST, 1, PRODUCT))
                .expectException(refused("sku", "REQUIRED"))
                .expectNoEvents();
    }
}
