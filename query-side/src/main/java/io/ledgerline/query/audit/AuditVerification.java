package io.ledgerline.query.audit;

/**
 * The outcome of walking the hash chain (the GraphQL {@code AuditVerification}, AUD-2): how many sealed events
 * were checked, whether every one still matches its link, and the global index of the first that does not
 * (null when intact).
 */
public record AuditVerification(long verifiedEvents, boolean intact, Long firstBrokenGlobalIndex) {
}
