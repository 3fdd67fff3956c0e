package io.ledgerline.app.axon;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import javax.sql.DataSource;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Axon's stores on PostgreSQL, declared here rather than left to Axon's auto-configuration: Axon 4's
 * JDBC and transaction auto-configurations order themselves after Spring Boot 3 class names that Boot 4
 * moved, so on Boot 4 they run before the DataSource exists and silently fall back to no event store and
 * no transactions. Declaring them makes the wiring explicit and independent of that ordering.
 *
 * <p>One Spring transaction spans a unit of work: an aggregate's appended events, and a projection's
 * read-model writes together with its token update (exactly-once effect for PostgreSQL projections).
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
public class AxonStorageConfiguration {

    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager) {
        return new SpringTransactionManager(transactionManager);
    }

    @Bean
    ConnectionProvider axonConnectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }

    /**
     * Recognises PostgreSQL's unique violation (SQLSTATE 23505) on (aggregate id, sequence) as a concurrent
     * append, so Axon reports a ConcurrencyException. (Axon's JDBC default only knows
     * SQLIntegrityConstraintViolationException, which the PostgreSQL driver never throws.)
     */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new SQLStateResolver("23505");
    }

    /**
     * The JDBC event store. Its upcaster chain is Axon's, which holds every {@code EventUpcaster} bean (see
     * {@code io.ledgerline.app.upcasting}): every stored event passes through it when read, by aggregates,
     * processors and point-in-time reads alike. Snapshots pass through it too, and no upcaster matches an
     * aggregate's type. The snapshot filter is Axon's per aggregate: a snapshot is used only if it has the
     * aggregate class's {@code @Revision} (D59). It keeps gaps before backdated events too (see
     * {@link BackdatedEventsStorageEngine}).
     */
    @Bean
    EventStorageEngine eventStorageEngine(@Qualifier("defaultAxonObjectMapper") ObjectMapper objectMapper,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          PersistenceExceptionResolver persistenceExceptionResolver,
                                          Configuration configuration, ConnectionProvider connectionProvider,
                                          TransactionManager transactionManager) {
        return new BackdatedEventsStorageEngine(JdbcEventStorageEngine.builder()
                .snapshotSerializer(snapshotSerializer(objectMapper))
                .eventSerializer(eventSerializer)
                .upcasterChain(configuration.upcasterChain())
                .snapshotFilter(configuration.snapshotFilter())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(new EventSchema()));
    }

    @Bean
    TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .serializer(serializer)
                .schema(TokenSchema.builder().build())
                .build();
    }

    /**
     * Sagas are stored as JSON of their fields (they are plain classes, no getters); fields marked
     * {@code transient}, such as the injected command gateway, are left out.
     */
    @Bean
    SagaStore<Object> sagaStore(ConnectionProvider connectionProvider,
                                @Qualifier("defaultAxonObjectMapper") ObjectMapper objectMapper) {
        return JdbcSagaStore.builder()
                .connectionProvider(connectionProvider)
                .serializer(JacksonSerializer.builder().objectMapper(fieldsOnly(objectMapper)).build())
                .sqlSchema(new PostgresSagaSqlSchema())
                .build();
    }

    /**
     * Snapshots are aggregates stored as JSON of their fields, like sagas, with the aggregate class's
     * {@code @Revision}. Unlike an event, a snapshot naming a field the class no longer has is refused, and
     * the aggregate's events are replayed instead (see {@link EagerSnapshotsStorageEngine}): a state half
     * understood is never loaded.
     */
    private static Serializer snapshotSerializer(ObjectMapper objectMapper) {
        return JacksonSerializer.builder()
                .objectMapper(fieldsOnly(objectMapper).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES))
                .build();
    }

    private static ObjectMapper fieldsOnly(ObjectMapper objectMapper) {
        return objectMapper.copy()
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .setVisibility(PropertyAccessor.GETTER, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE);
    }
}
