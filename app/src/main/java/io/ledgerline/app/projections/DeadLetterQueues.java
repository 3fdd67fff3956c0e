package io.ledgerline.app.projections;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * The dead-letter queue of a processing group: Axon's JDBC queue on the {@code deadletterentry} table (app V1),
 * sequenced by aggregate, so a failed event holds back only the later events of its own aggregate.
 */
@Component
class DeadLetterQueues {

    private final ConnectionProvider connections;
    private final TransactionManager transactions;
    private final Serializer serializer;
    private final Serializer eventSerializer;
    private final EventSavepoints savepoints;

    DeadLetterQueues(ConnectionProvider connections, TransactionManager transactions,
                     @Qualifier("serializer") Serializer serializer, @Qualifier("eventSerializer") Serializer eventSerializer,
                     EventSavepoints savepoints) {
        this.connections = connections;
        this.transactions = transactions;
        this.serializer = serializer;
        this.eventSerializer = eventSerializer;
        this.savepoints = savepoints;
    }

    SequencedDeadLetterQueue<EventMessage<?>> forGroup(String processingGroup) {
        return forGroup(processingGroup, transactions);
    }

    /** A queue whose own transactions go through {@code transactions} (a rebuild's, which sets its schema). */
    SequencedDeadLetterQueue<EventMessage<?>> forGroup(String processingGroup, TransactionManager transactions) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = JdbcSequencedDeadLetterQueue.<EventMessage<?>>builder()
                .processingGroup(processingGroup)
                .connectionProvider(connections)
                .transactionManager(transactions)
                .genericSerializer(serializer)
                .eventSerializer(eventSerializer)
                .build();
        return new SavepointDeadLetterQueue(queue, savepoints);
    }
}
