package io.ledgerline.app.axon;

import io.ledgerline.app.security.Callers;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * SEC-1: every command carries an actor, a role and a correlation id. A command sent while handling
 * another message inherits them (Axon's correlation data); a command that starts a chain is stamped with
 * the signed-in user of the sending thread (their name and roles). A command with neither is refused:
 * nothing may change without someone to answer for it. In-process tools act as a named
 * {@link io.ledgerline.app.security.SystemActor}.
 */
@Component
class ActorMetadataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            Map<String, Object> added = new HashMap<>();
            if (!command.getMetaData().containsKey(AuditMetadata.ACTOR)) {
                Authentication caller = SecurityContextHolder.getContext().getAuthentication();
                if (!Callers.isSignedIn(caller)) {
                    throw new IllegalStateException("The command " + command.getCommandName()
                            + " has no actor: send it as a signed-in user, or with actor and role metadata");
                }
                added.put(AuditMetadata.ACTOR, caller.getName());
                added.put(AuditMetadata.ROLE, Callers.roleText(caller));
            }
            if (!command.getMetaData().containsKey(AuditMetadata.CORRELATION_ID)) {
                added.put(AuditMetadata.CORRELATION_ID, command.getIdentifier());
            }
            return added.isEmpty() ? command : command.andMetaData(added);
        };
    }
}
