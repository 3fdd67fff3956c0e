package io.ledgerline.app.axon;

import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;

/**
 * Axon's JDBC event storage engine, reading a snapshot's payload as it reads the snapshot. Axon deserializes
 * payloads lazily, so a snapshot that no longer fits its aggregate class would fail later, in the command that
 * loads the aggregate; read here, the failure is one Axon's event store catches: it logs it and replays the
 * aggregate's events instead.
 */
class EagerSnapshotsStorageEngine extends JdbcEventStorageEngine {

    EagerSnapshotsStorageEngine(Builder builder) {
        super(builder);
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        Optional<DomainEventMessage<?>> snapshot = super.readSnapshot(aggregateIdentifier);
        snapshot.ifPresent(DomainEventMessage::getPayload);
        return snapshot;
    }
}
