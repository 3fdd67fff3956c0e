package io.ledgerline.app.projections;

import io.ledgerline.api.projection.EventPosition;
import java.lang.reflect.Executable;
import java.lang.reflect.Parameter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.ParameterResolver;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Resolves {@link EventPosition} parameters: the handled event's own global index, looked up by its identifier
 * in the event store. The first lookup in a batch fetches the indexes of the whole batch in one query.
 */
@Component
class EventPositionResolverFactory implements ParameterResolverFactory {

    private static final String POSITIONS = EventPositionResolverFactory.class.getName() + ".positions";

    private final JdbcClient jdbc;

    EventPositionResolverFactory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ParameterResolver<?> createInstance(Executable executable, Parameter[] parameters, int parameterIndex) {
        Parameter parameter = parameters[parameterIndex];
        if (!parameter.isAnnotationPresent(EventPosition.class)) {
            return null;
        }
        if (parameter.getType() != long.class && parameter.getType() != Long.class) {
            throw new IllegalArgumentException("@EventPosition needs a long parameter, not " + parameter.getType().getName()
                    + ", in " + executable);
        }
        return new ParameterResolver<Long>() {
            @Override
            public Long resolveParameterValue(Message<?> message) {
                return positionOf((EventMessage<?>) message);
            }

            @Override
            public boolean matches(Message<?> message) {
                return message instanceof EventMessage<?>;
            }
        };
    }

    private long positionOf(EventMessage<?> event) {
        Map<String, Long> known = CurrentUnitOfWork.isStarted()
                ? CurrentUnitOfWork.get().root().getOrComputeResource(POSITIONS, key -> new HashMap<>())
                : new HashMap<>();
        Long position = known.get(event.getIdentifier());
        if (position == null) {
            known.putAll(lookUp(identifiersToLookUp(event)));
            position = known.get(event.getIdentifier());
        }
        if (position == null) {
            throw new IllegalStateException("event " + event.getIdentifier() + " (" + event.getPayloadType().getSimpleName()
                    + ") is not in the event store, so it has no position");
        }
        return position;
    }

    /** The event, and with it the rest of its batch when it is handled in one. */
    private static List<String> identifiersToLookUp(EventMessage<?> event) {
        if (CurrentUnitOfWork.isStarted()) {
            UnitOfWork<?> root = CurrentUnitOfWork.get().root();
            if (root instanceof BatchingUnitOfWork<?> batch && batch.getMessages().size() > 1) {
                return batch.getMessages().stream().map(Message::getIdentifier).toList();
            }
        }
        return List.of(event.getIdentifier());
    }

    private Map<String, Long> lookUp(List<String> identifiers) {
        Map<String, Long> positions = new HashMap<>();
        jdbc.sql("select eventidentifier, globalindex from domainevententry where eventidentifier in (:ids)")
                .param("ids", identifiers)
                .query((row, n) -> Map.entry(row.getString(1), row.getLong(2))).list()
                .forEach(entry -> positions.put(entry.getKey(), entry.getValue()));
        return positions;
    }
}
