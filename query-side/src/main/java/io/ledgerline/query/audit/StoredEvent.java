package io.ledgerline.query.audit;

/**
 * One row of the event store exactly as stored: the columns of {@code domainevententry}, payload and metadata
 * as their raw bytes (JSON), the timestamp as its stored text. What the hash chain covers (AUD-2).
 */
record StoredEvent(long globalIndex,
                   String eventId,
                   String aggregateType,
                   String aggregateId,
                   long sequence,
                   String payloadType,
                   String payloadRevision,
                   byte[] payload,
                   byte[] metadata,
                   String timestamp) {
}
