package io.ledgerline.app.simulator.time;

import io.ledgerline.app.axon.AuditMetadata;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * What time it is for the work in hand, when that work is simulated.
 *
 * <ul>
 *   <li>A step of the simulator runs at its own simulated instant ({@link #runAt}): the commands it sends,
 *       the events they record and the deadlines they set are stamped with it.</li>
 *   <li>Work caused by a simulated event (a saga's reaction, a projection, a simulated deadline firing) is
 *       stamped with the time of its cause: the nearest event of the unit-of-work chain that carries the
 *       {@code simulated} mark. A reservation made for a simulated order placed at 09:12 last March is
 *       stamped 09:12 last March, whenever the saga gets to it.</li>
 *   <li>Everything else (live requests, and what they cause) runs in real time.</li>
 * </ul>
 *
 * <p>The simulator's step lives in a thread-local: steps run on the simulator's threads only, and any
 * number of them run at once, each at its own instant.
 */
public class SimulatedTime {

    private static final ThreadLocal<Step> STEP = new ThreadLocal<>();

    private record Step(Instant at, Consumer<PendingDeadline> deadlines) {
    }

    /** Runs {@code work} as a simulated step at {@code at}; deadlines it sets are handed to {@code deadlines}. */
    public void runAt(Instant at, Consumer<PendingDeadline> deadlines, Runnable work) {
        Step outer = STEP.get();
        STEP.set(new Step(at, deadlines));
        try {
            work.run();
        } finally {
            if (outer == null) {
                STEP.remove();
            } else {
                STEP.set(outer);
            }
        }
    }

    /** The simulated "now" of the work in hand; empty when it is live work. */
    public Optional<Instant> now() {
        Step step = STEP.get();
        if (step != null) {
            return Optional.of(step.at());
        }
        if (!CurrentUnitOfWork.isStarted()) {
            return Optional.empty();
        }
        for (UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get(); unitOfWork != null;
             unitOfWork = unitOfWork.parent().orElse(null)) {
            Message<?> message = unitOfWork.getMessage();
            if (message instanceof EventMessage<?> event
                    && Boolean.TRUE.equals(event.getMetaData().get(AuditMetadata.SIMULATED))) {
                return Optional.of(event.getTimestamp());
            }
            // A saga's command runs as a unit of work of its own: it carries the simulated instant of its event.
            if (message.getMetaData().get(AuditMetadata.SIMULATED_AT) instanceof String at
                    && Boolean.TRUE.equals(message.getMetaData().get(AuditMetadata.SIMULATED))) {
                return Optional.of(Instant.parse(at));
            }
        }
        return Optional.empty();
    }

    /** Where the deadlines set by the simulator's step in hand go; empty outside the simulator's steps. */
    Optional<Consumer<PendingDeadline>> deadlinesOfCurrentStep() {
        return Optional.ofNullable(STEP.get()).map(Step::deadlines);
    }
}
