package io.ledgerline.app.security;

import io.ledgerline.app.axon.AuditMetadata;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Appends security facts ({@code io.ledgerline.api.security}) to the event store, the one audit log
 * (AUD-1, SEC-2). Each is stored as a one-event stream of the aggregate type {@value #AGGREGATE_TYPE}
 * with the same actor/role/correlation metadata as a business event. Called inside a transaction it
 * joins it (an account change and its event commit together); outside one it commits on its own.
 */
@Component
public class SecurityAuditLog {

    public static final String AGGREGATE_TYPE = "Security";

    private static final Logger log = LoggerFactory.getLogger(SecurityAuditLog.class);

    private final EventBus eventBus;

    SecurityAuditLog(EventBus eventBus) {
        this.eventBus = eventBus;
    }

    /** Records {@code fact} as done by the signed-in {@code caller}. */
    public void record(Object fact, Authentication caller) {
        record(fact, caller.getName(), Callers.roleText(caller));
    }

    /** Records {@code fact} as done by {@code actor} acting in {@code role}. */
    public void record(Object fact, String actor, String role) {
        String id = UUID.randomUUID().toString();
        Map<String, Object> metadata = new HashMap<>();
        metadata.put(AuditMetadata.ACTOR, actor);
        metadata.put(AuditMetadata.ROLE, role);
        metadata.put(AuditMetadata.CORRELATION_ID, id);
        GenericMessage<Object> message = new GenericMessage<>(id, fact, MetaData.from(metadata));
        eventBus.publish(new GenericDomainEventMessage<>(AGGREGATE_TYPE, id, 0L, message, GenericEventMessage.clock.instant()));
        log.info("Security event {} by {} ({}): {}", fact.getClass().getSimpleName(), actor, role, fact);
    }
}
