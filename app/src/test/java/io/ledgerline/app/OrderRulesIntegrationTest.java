package io.ledgerline.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.ledgerline.api.common.CommandRefusedException;
import io.ledgerline.api.common.Money;
import io.ledgerline.api.order.ModifyOrderLinesCommand;
import io.ledgerline.api.order.OrderLine;
import io.ledgerline.api.order.PlaceOrderCommand;
import io.ledgerline.api.order.RequestRefundCommand;
import io.ledgerline.api.refund.RefundReason;
import java.math.BigDecimal;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Order rules on the real stack: PostgreSQL event store, sagas, real threads. */
class OrderRulesIntegrationTest extends LedgerlineIntegrationTest {

    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @DisplayName("REF-2: concurrent refund requests never exceed what was paid")
    void concurrentRefundsStayUnderThePaidAmount() throws Exception {
        PlaceOrderCommand order = paidTeaSet();      // 188.70 paid
        int requests = 8;                            // 8 x 50.00: only 3 fit
        // The buyers act as the signed-in test actor, as every command must (SEC-1).
        ExecutorService pool = new DelegatingSecurityContextExecutorService(Executors.newFixedThreadPool(requests));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            outcomes.add(pool.submit((Callable<String>) () -> {
                start.await();
                try {
                    commands.sendAndWait(new RequestRefundCommand(order.orderId(), UUID.randomUUID().toString(),
                            RefundReason.CUSTOMER_REQUEST, Money.of("50.00"), List.of(), false, null, "changed my mind"));
                    return "ACCEPTED";
                } catch (CommandRefusedException refused) {
                    return refused.code();
                }
            }));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get());
        }
        pool.shutdown();

        assertThat(results).filteredOn("ACCEPTED"::equals).hasSize(3);
        assertThat(results).filteredOn("REFUND_EXCEEDS_PAID"::equals).hasSize(requests - 3);
        BigDecimal requested = new EventStoreReader(jdbc).payloads(order.orderId(), "RefundRequestedEvent").stream()
                .map(event -> event.get("amount").get("amount").decimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(requested).isLessThanOrEqualTo(new BigDecimal("188.70")).isEqualByComparingTo("150.00");
    }

    @Test
    @DisplayName("ORD-4: lines change at most 3 times; the 4th modification is refused and changes nothing")
    void fourthModificationIsRefused() {
        PlaceOrderCommand order = stockedTeaSet();
        for (int quantity = 4; quantity <= 6; quantity++) {
            commands.sendAndWait(new ModifyOrderLinesCommand(order.orderId(), cups(quantity)));
        }

        assertThatThrownBy(() -> commands.sendAndWait(new ModifyOrderLinesCommand(order.orderId(), cups(7))))
                .isInstanceOfSatisfying(CommandRefusedException.class,
                        refused -> assertThat(refused.code()).isEqualTo("MODIFICATION_LIMIT_REACHED"));
        assertThat(new EventStoreReader(jdbc).payloads(order.orderId(), "OrderLinesModifiedEvent")).hasSize(3);
    }

    @Test
    @DisplayName("ORD-4: lines cannot change once 60 minutes have passed since placement")
    void modificationAfterTheWindowIsRefused() {
        PlaceOrderCommand order = stockedTeaSet();
        clock.advance(Duration.ofMinutes(61));

        assertThatThrownBy(() -> commands.sendAndWait(new ModifyOrderLinesCommand(order.orderId(), cups(4))))
                .isInstanceOfSatisfying(CommandRefusedException.class,
                        refused -> assertThat(refused.code()).isEqualTo("MODIFICATION_WINDOW_CLOSED"));
        assertThat(new EventStoreReader(jdbc).payloads(order.orderId(), "OrderLinesModifiedEvent")).isEmpty();
    }

    @Test
    @DisplayName("SEC-1: every stored event names its actor and role and carries correlation and causation ids")
    void eventsCarryActorAndCorrelation() {
        PlaceOrderCommand order = stockedTeaSet();

        var metadata = new EventStoreReader(jdbc).metadata(order.orderId());
        assertThat(metadata).hasSizeGreaterThanOrEqualTo(2).allSatisfy(meta -> {
            assertThat(meta.get("actor").asText()).isEqualTo(TEST_ACTOR);
            assertThat(meta.get("role").asText()).isEqualTo("ADMIN");
            assertThat(meta.get("correlationId").asText()).isNotBlank();
            assertThat(meta.get("causationId").asText()).isNotBlank();
        });
        // The saga's confirmation was caused by a reservation, but belongs to the same request as the placement.
        assertThat(metadata.getLast().get("correlationId")).isEqualTo(metadata.getFirst().get("correlationId"));
        assertThat(metadata.getLast().get("causationId")).isNotEqualTo(metadata.getFirst().get("causationId"));
    }

    private PlaceOrderCommand stockedTeaSet() {
        return new OrderJourneys(commands, jdbc).confirmedTeaSet();
    }

    private PlaceOrderCommand paidTeaSet() {
        return new OrderJourneys(commands, jdbc).paidTeaSet();
    }

    private static List<OrderLine> cups(int quantity) {
        return List.of(new OrderLine("SKU-CUP", "Celadon tea cup", "KITCHEN", Money.of("19.90"), quantity),
                new OrderLine("SKU-POT", "Yixing teapot", "KITCHEN", Money.of("129.00"), 1));
    }
}
