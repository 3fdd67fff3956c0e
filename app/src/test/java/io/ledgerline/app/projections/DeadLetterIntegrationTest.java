package io.ledgerline.app.projections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ledgerline.api.common.Money;
import io.ledgerline.api.order.PlaceOrderCommand;
import io.ledgerline.app.EventStoreReader;
import io.ledgerline.app.LedgerlineIntegrationTest;
import io.ledgerline.app.OrderJourneys;
import java.time.Duration;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A poison event in the order-view projection, on the real processor, PostgreSQL and dead-letter queue. */
class DeadLetterIntegrationTest extends LedgerlineIntegrationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PoisonedOrders poison;
    @LocalServerPort
    int port;

    @Test
    @DisplayName("AUD-3: a poison event is dead-lettered with nothing half-written, the processor goes on for other orders, and an admin retries it once fixed")
    void poisonEventIsParkedAndRetried() {
        ProjectionsClient projections = new ProjectionsClient(port);
        OrderJourneys journeys = new OrderJourneys(commands, jdbc);
        EventStoreReader events = new EventStoreReader(jdbc);
        PlaceOrderCommand poisoned = journeys.confirmedTeaSet();
        await().atMost(TIMEOUT).until(() -> projections.order(poisoned.orderId()), order -> order != null);
        poison.poison(poisoned.orderId());
        try {
            // The payment fails in order-view; the order's next event (ready for fulfilment) queues behind it.
            journeys.pay(poisoned.orderId(), Money.of("188.70"));
            PlaceOrderCommand healthy = journeys.paidTeaSet();

            await().atMost(TIMEOUT).until(() -> projections.order(healthy.orderId()),
                    order -> order != null && "PAID".equals(order.get("status")));
            await().atMost(TIMEOUT).until(() -> projections.of("order-view").get("deadLetters"), count -> Integer.valueOf(2).equals(count));
            assertThat(events.types(poisoned.orderId())).endsWith("PaymentRecordedEvent", "OrderReadyForFulfilmentEvent");
            assertThat(projections.order(poisoned.orderId())).containsEntry("status", "PENDING_PAYMENT")
                    .containsEntry("amountPaid", "0.00");
            Map<String, Object> orderView = projections.of("order-view");
            assertThat(orderView.get("status")).isEqualTo("RUNNING");
            assertThat((String) orderView.get("deadLetterCause")).contains("division by zero");

            Map<String, Object> stillPoisoned = projections.retryDeadLetters("order-view");
            assertThat(stillPoisoned.get("errors")).asList().isEmpty();
            assertThat(stillPoisoned.get("retried")).isEqualTo(0);
            assertThat(projections.of("order-view").get("deadLetters")).isEqualTo(2);
            assertThat(projections.order(poisoned.orderId())).containsEntry("amountPaid", "0.00");
        } finally {
            poison.cure(poisoned.orderId());
        }

        Map<String, Object> retried = projections.retryDeadLetters("order-view");
        assertThat(retried.get("retried")).isEqualTo(2);
        assertThat(retried.get("projection")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("deadLetters", 0).containsEntry("deadLetterCause", null);
        assertThat(projections.order(poisoned.orderId())).containsEntry("status", "PAID").containsEntry("amountPaid", "188.70");
    }
}
