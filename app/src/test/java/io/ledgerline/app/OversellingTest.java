package io.ledgerline.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ledgerline.api.common.Address;
import io.ledgerline.api.common.Money;
import io.ledgerline.api.inventory.ReceiveStockCommand;
import io.ledgerline.api.order.Channel;
import io.ledgerline.api.order.DeliveryMethod;
import io.ledgerline.api.order.OrderLine;
import io.ledgerline.api.order.PaymentMethod;
import io.ledgerline.api.order.PlaceOrderCommand;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import java.util.concurrent.Future;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** ORD-3 under load: real threads, the real command path, the real PostgreSQL event store. */
class OversellingTest extends LedgerlineIntegrationTest {

    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("ORD-3, INV-3: 32 threads ordering the last 10 units sell exactly 10, leak no reservation, never go negative")
    void lastUnitsAreNeverOversold() throws Exception {
        String sku = "SKU-LAST-" + UUID.randomUUID();
        commands.sendAndWait(new ReceiveStockCommand(sku, "WH-EAST", 6, "Jade bowl"));
        commands.sendAndWait(new ReceiveStockCommand(sku, "WH-WEST", 4, "Jade bowl"));

        int buyers = 32;
        // The buyers act as the signed-in test actor, as every command must (SEC-1).
        ExecutorService pool = new DelegatingSecurityContextExecutorService(Executors.newFixedThreadPool(buyers));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> placed = new ArrayList<>();
        for (int i = 0; i < buyers; i++) {
            String customer = "customer-" + i;
            placed.add(pool.submit((Callable<String>) () -> {
                start.await();
                return commands.sendAndWait(oneUnitOf(sku, customer));
            }));
        }
        start.countDown();
        List<String> orderIds = new ArrayList<>();
        for (Future<String> order : placed) {
            orderIds.add(order.get());
        }
        pool.shutdown();

        EventStoreReader events = new EventStoreReader(jdbc);
        await().atMost(Duration.ofSeconds(60)).until(() -> orderIds.stream().allMatch(id ->
                events.types(id).contains("OrderStockReservedEvent") || events.types(id).contains("OrderRejectedEvent")));

        List<String> confirmed = orderIds.stream().filter(id -> events.types(id).contains("OrderStockReservedEvent")).toList();
        List<String> rejected = orderIds.stream().filter(id -> events.types(id).contains("OrderRejectedEvent")).toList();
        assertThat(confirmed).as("orders that got a unit").hasSize(10);
        assertThat(rejected).as("orders rejected OUT_OF_STOCK").hasSize(buyers - 10)
                .allSatisfy(id -> assertThat(events.payloads(id, "OrderRejectedEvent").getFirst().get("reason").asText())
                        .isEqualTo("OUT_OF_STOCK"));

        // The item's own history: reserved minus released equals exactly the confirmed orders' units,
        // and available stock never went below zero after any event.
        int reservedNow = 0;
        for (var reserved : events.payloads(sku, "StockReservedEvent")) {
            reservedNow += reserved.get("quantity").asInt();
            assertThat(reserved.get("available").asInt()).isGreaterThanOrEqualTo(0);
        }
        for (var released : events.payloads(sku, "ReservationReleasedEvent")) {
            reservedNow -= released.get("allocations").findValues("quantity").stream().mapToInt(q -> q.asInt()).sum();
        }
        assertThat(reservedNow).as("units held by reservations").isEqualTo(confirmed.size());
        assertThat(events.payloads(sku, "StockReservationRefusedEvent")).hasSize(buyers - 10);
    }

    private static PlaceOrderCommand oneUnitOf(String sku, String customer) {
        return new PlaceOrderCommand(UUID.randomUUID().toString(), customer, Channel.MOBILE_APP, PaymentMethod.ONLINE,
                DeliveryMethod.STANDARD, new Address("Wang Fang", "13900000000", "Guangdong", "Shenzhen", "8 Harbour Road", "518000"),
                List.of(new OrderLine(sku, "Jade bowl", "HOME", Money.of("88.00"), 1)), null);
    }
}
