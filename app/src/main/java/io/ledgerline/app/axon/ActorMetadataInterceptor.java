package io.ledgerline.app.axon;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * SEC-1: every command carries an actor, a role and a correlation id. A command sent while handling
 * another message inherits them (Axon's correlation data); a command that starts a chain is stamped
 * here. Until authentication exists the actor of such a command is the configured development actor
 * ({@code ledgerline.development-actor}, default {@code development-default-actor} acting as ADMIN),
 * named so that no one mistakes it for a person in the audit log.
 */
@Component
class ActorMetadataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    private final String developmentActor;
    private final String developmentRole;

    ActorMetadataInterceptor(@Value("${ledgerline.development-actor:development-default-actor}") String developmentActor,
                             @Value("${ledgerline.development-role:ADMIN}") String developmentRole) {
        this.developmentActor = developmentActor;
        this.developmentRole = developmentRole;
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            Map<String, Object> added = new HashMap<>();
            if (!command.getMetaData().containsKey(AuditMetadata.ACTOR)) {
                added.put(AuditMetadata.ACTOR, developmentActor);
                added.put(AuditMetadata.ROLE, developmentRole);
            }
            if (!command.getMetaData().containsKey(AuditMetadata.CORRELATION_ID)) {
                added.put(AuditMetadata.CORRELATION_ID, command.getIdentifier());
            }
            return added.isEmpty() ? command : command.andMetaData(added);
        };
    }
}
