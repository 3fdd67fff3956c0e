package io.ledgerline.app.projections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.ledgerline.api.common.Money;
import io.ledgerline.api.order.PlaceOrderCommand;
import io.ledgerline.app.LedgerlineIntegrationTest;
import io.ledgerline.app.OrderJourneys;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A transient PostgreSQL failure in a projection, on the real processor: retried, not dead-lettered. */
class TransientFailureIntegrationTest extends LedgerlineIntegrationTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    LockedOrders lockedOrders;
    @LocalServerPort
    int port;

    @Test
    @DisplayName("AUD-3: an event whose handler meets a lock held elsewhere (55P03) is retried with the batch until the lock "
            + "is gone, and lands without a dead letter")
    void lockNotAvailableIsRetried() throws Exception {
        ProjectionsClient projections = new ProjectionsClient(port);
        OrderJourneys journeys = new OrderJourneys(commands, jdbc);
        PlaceOrderCommand order = journeys.confirmedTeaSet();
        await().atMost(TIMEOUT).until(() -> projections.order(order.orderId()), view -> view != null);
        int deadLettersBefore = (Integer) projections.of("order-view").get("deadLetters");
        lockedOrders.watch(order.orderId());
        try (Connection otherNode = dataSource.getConnection()) {
            otherNode.setAutoCommit(false);
            try (PreparedStatement lock = otherNode.prepareStatement(LockedOrders.LOCK)) {
                lock.setString(1, order.orderId());
                lock.executeQuery().close();
            }
            journeys.pay(order.orderId(), Money.of("188.70"));

            await().atMost(TIMEOUT).until(() -> lockedOrders.failures(order.orderId()) >= 2);
            assertThat(projections.order(order.orderId())).as("not applied while the lock is held")
                    .containsEntry("status", "PENDING_PAYMENT").containsEntry("amountPaid", "0.00");
            assertThat(projections.of("order-view").get("deadLetters")).isEqualTo(deadLettersBefore);
            otherNode.rollback();

            await().atMost(TIMEOUT).until(() -> projections.order(order.orderId()),
                    view -> "PAID".equals(view.get("status")) && "188.70".equals(view.get("amountPaid")));
        } finally {
            lockedOrders.forget(order.orderId());
        }
        assertThat(projections.of("order-view")).containsEntry("deadLetters", deadLettersBefore).containsEntry("status", "RUNNING");
    }
}
