package io.ledgerline.command.saga;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * How the sagas send their commands: each in a unit of work of its own, on a thread of its own, waited for.
 *
 * <p>Sent from the saga's own thread, a command runs nested in the unit of work of the saga's event batch, and
 * Axon releases the aggregate locks a nested unit of work took only when the outer one ends: a saga handling a
 * batch of events would hold the locks of every stock item and order it touched until the batch committed, and
 * two saga threads meeting on the same items in another order would deadlock. Dispatched from another thread, the
 * command is a unit of work of its own, whose locks go with its own commit; so sagas can handle events in batches.
 *
 * <p>The command message is made on the saga's thread, so it carries the handled event's correlation data (actor,
 * role, correlation id) exactly as a command sent from there would. The saga waits for the answer, and a refusal
 * reaches it as the same exception.
 */
final class SagaCommands {

    private static final ExecutorService DISPATCH = Executors.newCachedThreadPool(
            Thread.ofPlatform().daemon().name("saga-command-", 0).factory());

    private SagaCommands() {
    }

    static <R> R sendAndWait(CommandGateway gateway, Object command) {
        CommandMessage<?> message = GenericCommandMessage.asCommandMessage(command);
        try {
            return DISPATCH.<R>submit(() -> gateway.sendAndWait(message)).get();
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException refusal) {
                throw refusal;
            }
            if (failed.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + message.getCommandName(), interrupted);
        }
    }
}
