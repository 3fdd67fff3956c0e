package io.ledgerline.app.simulator;

import io.ledgerline.api.common.CommandRefusedException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the simulator's commands through the real command path, each as a member of staff. A refusal is
 * an answer, not an error: it is counted by code and the story decides what follows. Some refusals only
 * mean a saga has not acted yet (the order's stock is still being reserved, the refund not yet opened):
 * those are retried for a while, during which simulated time stands still, so the saga's work is stamped
 * with the same instant. Anything else that fails is counted and logged, and the simulation goes on.
 */
final class Actions {

    /** The refusal code used here for a command addressed to an aggregate that does not exist (yet). */
    static final String NOT_FOUND = "NOT_FOUND";

    private static final Logger log = LoggerFactory.getLogger(Actions.class);
    private static final Duration SAGA_WAIT = Duration.ofSeconds(30);
    private static final int LOGGED_FAILURES = 10;

    private final CommandGateway commands;
    private final SimulationStats stats;
    private final AtomicInteger logged = new AtomicInteger();

    Actions(CommandGateway commands, SimulationStats stats) {
        this.commands = commands;
        this.stats = stats;
    }

    /** Sends {@code command} as {@code member}: true if it was accepted. */
    boolean send(Staff.Member member, Object command) {
        return sendWaitingOn(member, command, Set.of());
    }

    /**
     * Sends {@code command} as {@code member}, retrying for a while as long as it is refused with one of
     * {@code notYet} (the codes by which an aggregate says a saga has not done its part yet).
     */
    boolean sendWaitingOn(Staff.Member member, Object command, Set<String> notYet) {
        long deadline = System.nanoTime() + SAGA_WAIT.toNanos();
        long pause = 50;
        while (true) {
            String refusal = attempt(member, command);
            if (refusal == null) {
                return true;
            }
            if (!notYet.contains(refusal) || System.nanoTime() > deadline) {
                stats.refused(refusal);
                return false;
            }
            pause(pause);
            pause = Math.min(pause * 2, 400);
        }
    }

    /** Null when accepted, else the refusal code. */
    private String attempt(Staff.Member member, Object command) {
        stats.commandSent();
        try {
            commands.sendAndWait(command, member.metadata());
            return null;
        } catch (CommandRefusedException refused) {
            return refused.code();
        } catch (AggregateNotFoundException notFound) {
            return NOT_FOUND;
        } catch (RuntimeException unexpected) {
            stats.failed();
            if (logged.incrementAndGet() <= LOGGED_FAILURES) {
                log.warn("Simulated {} by {} failed", command.getClass().getSimpleName(), member.actor(), unexpected);
            }
            return "FAILED";
        }
    }

    /** Waits a moment for a saga or a read model; an interrupt stops the simulation. */
    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SimulationStopped();
        }
    }

    /** Thrown when the simulating thread is interrupted: the run ends where it is. */
    static final class SimulationStopped extends RuntimeException {

        SimulationStopped() {
            super("the simulation was stopped");
        }
    }
}
