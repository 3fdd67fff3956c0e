package io.ledgerline.query.audit;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * AUD-2: seals every stored event into the hash chain, in the order its processor receives them (global order,
 * gaps filled as they close). It hashes the event's row as stored, not the message it was handed, so the
 * chain covers exactly the bytes a later verification reads. The row is found by event id: a tracking
 * token's position is the highest index seen, which for an event that filled a gap is not its own. One
 * segment, so links are appended one at a time; the link and the processor's token commit together. The
 * chain is never rebuilt: replays are refused, and an event already sealed is skipped.
 */
@Component
@ProcessingGroup(AuditSealer.PROCESSING_GROUP)
@DisallowReplay
class AuditSealer {

    static final String PROCESSING_GROUP = "audit-sealer";
    private static final long PROGRESS_EVERY = 10_000;
    private static final Logger log = LoggerFactory.getLogger(AuditSealer.class);

    private final AuditChain chain;

    AuditSealer(AuditChain chain) {
        this.chain = chain;
    }

    @EventHandler
    void seal(EventMessage<?> event) {
        StoredEvent row = chain.storedEvent(event.getIdentifier()).orElseThrow(() ->
                new IllegalStateException("event " + event.getIdentifier() + " was delivered but is not in the event store"));
        if (chain.isSealed(row.globalIndex())) {
            return;
        }
        AuditChain.Link previous = chain.last().orElse(null);
        long number = previous == null ? 1 : previous.number() + 1;
        byte[] hash = ChainHash.link(row, previous == null ? ChainHash.GENESIS : previous.hash());
        chain.append(new AuditChain.Link(number, row.globalIndex(), hash));
        if (number % PROGRESS_EVERY == 0) {
            log.info("Audit chain: {} events sealed, up to global index {}", number, row.globalIndex());
        }
    }
}
