package io.ledgerline.app.projections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.sql.SQLException;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.BadSqlGrammarException;

/** Which failures of a projection are retried with the batch, and which are parked at once. */
class DeadLetterPolicyTest {

    private static final EventMessage<?> EVENT = GenericEventMessage.asEventMessage("payment recorded");

    @Test
    @DisplayName("AUD-3: deadlocks, serialization failures, locks not granted, lost connections and a busy Elasticsearch are transient")
    void transientFailures() {
        assertThat(TransientFailures.isTransient(new SQLException("deadlock detected", "40P01"))).isTrue();
        assertThat(TransientFailures.isTransient(new SQLException("could not serialize access", "40001"))).isTrue();
        assertThat(TransientFailures.isTransient(new CannotAcquireLockException("lock",
                new SQLException("could not obtain lock on row", "55P03")))).isTrue();
        assertThat(TransientFailures.isTransient(new SQLException("connection failure", "08006"))).isTrue();
        assertThat(TransientFailures.isTransient(new SQLException("terminating connection due to administrator command", "57P01"))).isTrue();
        assertThat(TransientFailures.isTransient(new IllegalStateException("wrapped",
                new UncheckedIOException(new ConnectException("Connection refused"))))).isTrue();
    }

    @Test
    @DisplayName("AUD-3: a bug or data a handler cannot take is not transient")
    void permanentFailures() {
        assertThat(TransientFailures.isTransient(new SQLException("division by zero", "22012"))).isFalse();
        assertThat(TransientFailures.isTransient(new DuplicateKeyException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(TransientFailures.isTransient(new BadSqlGrammarException("select", "selec 1",
                new SQLException("syntax error", "42601")))).isFalse();
        assertThat(TransientFailures.isTransient(new IllegalStateException("unexpected event"))).isFalse();
        assertThat(TransientFailures.isTransient(new NullPointerException())).isFalse();
    }

    @Test
    @DisplayName("AUD-3: a transient failure fails the batch for a retry as many times in a row as configured, then is parked")
    void transientFailureIsRetriedThenParked() {
        EnqueuePolicy<EventMessage<?>> policy = DeadLetterConfiguration.policy(new TransientRetries(3), new EventSavepoints(null));
        SQLException deadlock = new SQLException("deadlock detected", "40P01");
        for (int retry = 1; retry <= 3; retry++) {
            assertThatThrownBy(() -> policy.decide(letter(deadlock), deadlock)).as("retry %d", retry)
                    .isInstanceOf(TransientProjectionFailure.class).hasCause(deadlock);
        }
        EnqueueDecision<EventMessage<?>> parked = policy.decide(letter(deadlock), deadlock);
        assertThat(parked.shouldEnqueue()).isTrue();
        assertThat(parked.enqueueCause()).hasValueSatisfying(cause -> assertThat(cause.getMessage()).contains("deadlock detected"));
        assertThatThrownBy(() -> policy.decide(letter(deadlock), deadlock)).as("counting starts again once parked")
                .isInstanceOf(TransientProjectionFailure.class);
    }

    @Test
    @DisplayName("AUD-3: any other failure is parked at once")
    void permanentFailureIsParked() {
        EnqueuePolicy<EventMessage<?>> policy = DeadLetterConfiguration.policy(new TransientRetries(3), new EventSavepoints(null));
        SQLException bug = new SQLException("division by zero", "22012");
        assertThat(policy.decide(letter(bug), bug).shouldEnqueue()).isTrue();
    }

    @Test
    @DisplayName("AUD-3: a dead letter an admin retries that fails again stays parked, even for a transient cause")
    void retriedDeadLetterStaysParked() {
        EnqueuePolicy<EventMessage<?>> policy = DeadLetterConfiguration.policy(new TransientRetries(3), new EventSavepoints(null));
        SQLException deadlock = new SQLException("deadlock detected", "40P01");
        DeadLetter<EventMessage<?>> letter = letter(deadlock);
        UnitOfWork<EventMessage<?>> retry = DefaultUnitOfWork.startAndGet(EVENT);
        try {
            retry.resources().put(DeadLetter.class.getName(), letter);
            assertThat(policy.decide(letter, deadlock).shouldEnqueue()).isTrue();
        } finally {
            retry.rollback();
        }
    }

    private static DeadLetter<EventMessage<?>> letter(Throwable cause) {
        return new GenericDeadLetter<>("order-1", EVENT, cause);
    }
}
