package io.ledgerline.query.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * AUD-2: walks the hash chain from its first link to the link that was last when the walk began, a page at a
 * time, recomputing each link from the event row as it is now and the previous stored link. A row changed,
 * removed or re-linked since it was sealed breaks its own link (later links still chain to the stored hashes,
 * so one altered row is reported as exactly that row). Events not sealed yet are not part of the walk.
 */
@Component
public class AuditChainVerifier {

    private static final int PAGE = 1_000;
    private static final long PROGRESS_EVERY = 100_000;
    private static final Logger log = LoggerFactory.getLogger(AuditChainVerifier.class);

    private final AuditChain chain;

    AuditChainVerifier(AuditChain chain) {
        this.chain = chain;
    }

    public AuditVerification verify() {
        Instant started = Instant.now();
        long length = chain.length();
        byte[] previous = ChainHash.GENESIS;
        long after = 0;
        long verified = 0;
        Long firstBroken = null;
        while (after < length) {
            List<AuditChain.CoveredLink> page = chain.links(after, length, PAGE);
            if (page.isEmpty()) {
                break;
            }
            for (AuditChain.CoveredLink covered : page) {
                AuditChain.Link link = covered.link();
                boolean intact = link.number() == after + 1 && covered.event() != null
                        && Arrays.equals(ChainHash.link(covered.event(), previous), link.hash());
                if (!intact && firstBroken == null) {
                    firstBroken = link.globalIndex();
                }
                previous = link.hash();
                after = link.number();
                verified++;
                if (verified % PROGRESS_EVERY == 0) {
                    log.info("Audit chain verification: {} of {} links checked", verified, length);
                }
            }
        }
        log.info("Audit chain verified: {} events in {} ms, {}", verified, Duration.between(started, Instant.now()).toMillis(),
                firstBroken == null ? "intact" : "first broken at global index " + firstBroken);
        return new AuditVerification(verified, firstBroken == null, firstBroken);
    }
}
