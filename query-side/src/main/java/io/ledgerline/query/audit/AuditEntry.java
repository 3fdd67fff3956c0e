package io.ledgerline.query.audit;

import java.time.Instant;

/**
 * One event of the audit log (the GraphQL {@code AuditEntry}), read generically from its stored row: the
 * payload is the stored JSON as maps, lists and plain values, never an event class, so any aggregate or event
 * type reads alike, including types this build does not know. {@code hash} is the event's link in the hash
 * chain as hex, or {@link #UNSEALED} while the sealer has not reached it ({@code sealed} false).
 * {@code simulated} marks an event of simulated (backdated) history, {@code simulationRun} names the run.
 */
public record AuditEntry(long globalIndex,
                         String eventId,
                         String aggregateType,
                         String aggregateId,
                         long sequence,
                         String eventType,
                         String eventRevision,
                         Object payload,
                         Instant occurredAt,
                         String actor,
                         String role,
                         String correlationId,
                         String causationId,
                         String hash,
                         boolean simulated,
                         String simulationRun) {

    /** The hash an event shows until it is sealed into the chain. */
    public static final String UNSEALED = "UNSEALED";

    public boolean sealed() {
        return !UNSEALED.equals(hash);
    }
}
