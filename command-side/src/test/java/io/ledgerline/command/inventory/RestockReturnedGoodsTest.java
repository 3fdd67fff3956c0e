package io.ledgerline.command.inventory;

import static io.ledgerline.command.inventory.InventoryMother.EAST;
import static io.ledgerline.command.inventory.InventoryMother.SKU;
import static io.ledgerline.command.inventory.InventoryMother.WEST;
import static io.ledgerline.command.inventory.InventoryMother.part;
import static io.ledgerline.command.inventory.InventoryMother.received;
import static io.ledgerline.command.inventory.InventoryMother.refused;
import static io.ledgerline.command.inventory.InventoryMother.reserved;

import io.ledgerline.api.inventory.LowStockAlertClearedEvent;
import io.ledgerline.api.inventory.LowStockAlertRaisedEvent;
import io.ledgerline.api.inventory.ReserveStockCommand;
import io.ledgerline.api.inventory.RestockReturnedGoodsCommand;
import io.ledgerline.api.inventory.ReturnedGoodsRestockedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RestockReturnedGoodsTest {

    private AggregateTestFixture<InventoryItem> fixture;

    @BeforeEach
    void setUp() {
        fixture = InventoryMother.fixture();
    }

    @Test
    @DisplayName("INV-8: returned goods of a refund go back on hand at the chosen warehouse")
    void restocksReturnedGoods() {
        fixture.given(received(EAST, 1, 1, 1), reserved("order-1", 0, part(EAST, 1)),
                        new LowStockAlertRaisedEvent(SKU, 0, 0))
                .when(new RestockReturnedGoodsCommand(SKU, WEST, 2, "refund-1"))
                .expectEvents(new ReturnedGoodsRestockedEvent(SKU, WEST, 2, "refund-1"),
                        new LowStockAlertClearedEvent(SKU, 2, 0));
    }

    @Test
    @DisplayName("INV-8: restocked goods can be reserved from that warehouse")
    void restockedGoodsAreAvailable() {
        fixture.given(received(EAST, 1, 1, 1), new ReturnedGoodsRestockedEvent(SKU, WEST, 2, "refund-1"))
                .when(new ReserveStockCommand(SKU, "order-2", 2))
                .expectEvents(reserved("order-2", 1, part(WEST, 2)));
    }

    @Test
    @DisplayName("INV-8: a refund already restocked is not restocked again")
    void restockIsIdempotentPerRefund() {
        fixture.given(received(EAST, 1, 1, 1), new ReturnedGoodsRestockedEvent(SKU, WEST, 2, "refund-1"))
                .when(new RestockReturnedGoodsCommand(SKU, WEST, 2, "refund-1"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    @DisplayName("INV-8: a restock of fewer than 1 unit is refused, naming the quantity")
    void restockOfNothingIsRefused() {
        fixture.given(received(EAST, 1, 1, 1))
                .when(new RestockReturnedGoodsCommand(SKU, WEST, 0, "refund-1"))
                .expectException(refused("quantity", "INVALID_QUANTITY"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("INV-8: a restock without its refund is refused, naming the refundId")
    void restockWithoutRefundIsRefused() {
        fixture.given(received(EAST, 1, 1, 1))
                .when(new RestockReturnedGoodsCommand(SKU, WEST, 2, " "))
                .expectException(refused("refundId", "REQUIRED"))
                .expectNoEvents();
    }
}
