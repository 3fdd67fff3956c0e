package io.ledgerline.command.inventory;

import static io.ledgerline.command.inventory.InventoryMother.EAST;
import static io.ledgerline.command.inventory.InventoryMother.NORTH;
import static io.ledgerline.command.inventory.InventoryMother.SKU;
import static io.ledgerline.command.inventory.InventoryMother.WEST;
import static io.ledgerline.command.inventory.InventoryMother.part;
import static io.ledgerline.command.inventory.InventoryMother.priority;
import static io.ledgerline.command.inventory.InventoryMother.received;
import static io.ledgerline.command.inventory.InventoryMother.refused;
import static io.ledgerline.command.inventory.InventoryMother.reserved;

import io.ledgerline.api.inventory.ReleaseReservationCommand;
import io.ledgerline.api.inventory.ReservationReleasedEvent;
import io.ledgerline.api.inventory.ReserveStockCommand;
import io.ledgerline.api.inventory.SetWarehousePriorityCommand;
import io.ledgerline.api.inventory.StockReservationRefusedEvent;
import io.ledgerline.api.inventory.WarehousePrioritySetEvent;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReserveStockTest {

    private AggregateTestFixture<InventoryItem> fixture;

    @BeforeEach
    void setUp() {
        fixture = InventoryMother.fixture();
    }

    @Test
    @DisplayName("INV-3: a reservation comes from the highest-priority warehouse that can serve all of it")
    void fromHighestPriorityWarehouse() {
        fixture.given(received(EAST, 10, 10, 10), received(NORTH, 10, 10, 20), received(WEST, 10, 10, 30),
                        priority(WEST, 5))
                .when(new ReserveStockCommand(SKU, "order-1", 4))
                .expectEvents(reserved("order-1", 26, part(WEST, 4)));
    }

    @Test
    @DisplayName("INV-3: between warehouses of equal priority the name decides, so the choice is deterministic")
    void equalPrioritiesByName() {
        fixture.given(received(WEST, 10, 10, 10), received(NORTH, 10, 10, 20), received(EAST, 10, 10, 30))
                .when(new ReserveStockCommand(SKU, "order-1", 4))
                .expectEvents(reserved("order-1", 26, part(EAST, 4)));
    }

    @Test
    @DisplayName("INV-3: a warehouse that can serve all of it beats a higher-priority one that cannot")
    void wholeBeatsPriority() {
        fixture.given(received(EAST, 3, 3, 3), received(WEST, 10, 10, 13), priority(EAST, 9))
                .when(new ReserveStockCommand(SKU, "order-1", 5))
                .expectEvents(reserved("order-1", 8, part(WEST, 5)));
    }

    @Test
    @DisplayName("INV-3: when no warehouse can serve all of it, it is split, most preferred warehouse first")
    void splitsAcrossWarehouses() {
        fixture.given(received(EAST, 4, 4, 4), received(WEST, 3, 3, 7), received(NORTH, 5, 5, 12),
                        priority(EAST, 1), priority(WEST, 2))
                .when(new ReserveStockCommand(SKU, "order-1", 10))
                .expectEvents(reserved("order-1", 2, part(WEST, 3), part(EAST, 4), part(NORTH, 3)));
    }

    @Test
    @DisplayName("INV-3: only available stock is reserved: stock reserved for another order is not taken")
    void reservedStockIsNotTakenAgain() {
        fixture.given(received(EAST, 10, 10, 10), received(WEST, 5, 5, 15), reserved("order-1", 7, part(EAST, 8)))
                .when(new ReserveStockCommand(SKU, "order-2", 4))
                .expectEvents(reserved("order-2", 3, part(WEST, 4)));
    }

    @Test
    @DisplayName("INV-3: too little available stock records a refusal and reserves nothing")
    void insufficientStockIsARecordedRefusal() {
        fixture.given(received(EAST, 3, 3, 3), received(WEST, 2, 2, 5), reserved("order-0", 4, part(EAST, 1)))
                .when(new ReserveStockCommand(SKU, "order-1", 5))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new StockReservationRefusedEvent(SKU, "order-1", 5, 4));
    }

    @Test
    @DisplayName("INV-3: a repeated reservation for an order that holds one is a no-op")
    void repeatedReservationIsANoOp() {
        fixture.given(received(EAST, 10, 10, 10), reserved("order-1", 6, part(EAST, 4)))
                .when(new ReserveStockCommand(SKU, "order-1", 4))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @ParameterizedTest(name = "quantity {0}")
    @ValueSource(ints = {0, -1})
    @DisplayName("INV-3: a reservation of fewer than 1 unit is refused, naming the quantity")
    void reservationOfNothingIsRefused(int quantity) {
        fixture.given(received(EAST, 10, 10, 10))
                .when(new ReserveStockCommand(SKU, "order-1", quantity))
                .expectException(refused("quantity", "INVALID_QUANTITY"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("INV-3: releasing gives an order's reservation back to the warehouses it came from")
    void releaseReturnsAllocations() {
        fixture.given(received(EAST, 4, 4, 4), received(WEST, 6, 6, 10), reserved("order-1", 2, part(EAST, 4),
                        part(WEST, 4)))
                .when(new ReleaseReservationCommand(SKU, "order-1", "order cancelled"))
                .expectEvents(new ReservationReleasedEvent(SKU, "order-1", List.of(part(EAST, 4), part(WEST, 4)),
                        "order cancelled", 10));
    }

    @Test
    @DisplayName("INV-3: releasing for an order without a reservation here is a no-op")
    void releaseWithoutReservationIsANoOp() {
        fixture.given(received(EAST, 10, 10, 10), reserved("order-1", 6, part(EAST, 4)))
                .when(new ReleaseReservationCommand(SKU, "order-2", "payment timed out"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    @DisplayName("INV-3: releasing twice releases once")
    void secondReleaseIsANoOp() {
        fixture.given(received(EAST, 10, 10, 10), reserved("order-1", 6, part(EAST, 4)),
                        new ReservationReleasedEvent(SKU, "order-1", List.of(part(EAST, 4)), "order rejected", 10))
                .when(new ReleaseReservationCommand(SKU, "order-1", "order rejected"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    @DisplayName("INV-3: an order whose reservation was released can reserve again (lines modified)")
    void reserveAgainAfterRelease() {
        fixture.given(received(EAST, 10, 10, 10), reserved("order-1", 6, part(EAST, 4)),
                        new ReservationReleasedEvent(SKU, "order-1", List.of(part(EAST, 4)), "lines modified", 10))
                .when(new ReserveStockCommand(SKU, "order-1", 7))
                .expectEvents(reserved("order-1", 3, part(EAST, 7)));
    }

    @Test
    @DisplayName("INV-3: a warehouse priority is recorded")
    void setsWarehousePriority() {
        fixture.given(received(EAST, 10, 10, 10))
                .when(new SetWarehousePriorityCommand(SKU, WEST, 3))
                .expectEvents(new WarehousePrioritySetEvent(SKU, WEST, 3));
    }

    @Test
    @DisplayName("INV-3: a priority for no warehouse is refused, naming the warehouse")
    void priorityWithoutWarehouseIsRefused() {
        fixture.given(received(EAST, 10, 10, 10))
                .when(new SetWarehousePriorityCommand(SKU, "", 3))
                .expectException(refused("warehouse", "REQUIRED"))
                .expectNoEvents();
    }
}
