package io.ledgerline.app.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerline.api.order.PlaceOrderCommand;
import io.ledgerline.app.EventStoreReader;
import io.ledgerline.app.LedgerlineIntegrationTest;
import io.ledgerline.app.OrderFixtures;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.Registration;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A deadline is stored in the transaction of the command that sets it (D56): both commit, or neither. */
class DeadlineTransactionTest extends LedgerlineIntegrationTest {

    @Autowired
    CommandGateway commands;
    @Autowired
    SimpleCommandBus commandBus;
    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("ORD-6: a placement that rolls back leaves no payment deadline; one that commits leaves exactly one")
    void deadlineCommitsAndRollsBackWithItsCommand() {
        PendingDeadlines deadlines = new PendingDeadlines(jdbc);
        PlaceOrderCommand rolledBack = OrderFixtures.teaSet();
        AtomicInteger seenBeforeRollback = new AtomicInteger(-1);
        Registration failAtCommit = commandBus.registerHandlerInterceptor(
                failAfterEverythingElse(rolledBack.orderId(), () -> seenBeforeRollback.set(
                        deadlines.dueTimes(PendingDeadlines.PAYMENT_TIMEOUT, rolledBack.orderId()).size())));
        try {
            assertThatThrownBy(() -> commands.sendAndWait(rolledBack)).hasMessageContaining("rolled back by the test");
        } finally {
            failAtCommit.cancel();
        }
        assertThat(seenBeforeRollback).as("the deadline row, inside the command's transaction").hasValue(1);
        assertThat(deadlines.dueTimes(PendingDeadlines.PAYMENT_TIMEOUT, rolledBack.orderId())).isEmpty();
        assertThat(new EventStoreReader(jdbc).types(rolledBack.orderId())).isEmpty();

        PlaceOrderCommand committed = OrderFixtures.teaSet();
        commands.sendAndWait(committed);
        assertThat(deadlines.dueTimes(PendingDeadlines.PAYMENT_TIMEOUT, committed.orderId())).hasSize(1);
    }

    /**
     * Fails the placement of {@code orderId} as its transaction is about to commit, after its events and its
     * deadline were written (prepare-commit work runs in the order it was registered), having run {@code probe}
     * inside that transaction.
     */
    private static MessageHandlerInterceptor<CommandMessage<?>> failAfterEverythingElse(String orderId, Runnable probe) {
        return (unitOfWork, chain) -> {
            Object result = chain.proceed();
            if (unitOfWork.getMessage().getPayload() instanceof PlaceOrderCommand place && place.orderId().equals(orderId)) {
                unitOfWork.onPrepareCommit(work -> {
                    probe.run();
                    throw new IllegalStateException("rolled back by the test");
                });
            }
            return result;
        };
    }
}
