package io.ledgerline.query.audit;

import java.util.List;

/** One page of the audit log, oldest first, and whether more entries follow the last one. */
public record AuditPage(List<AuditEntry> entries, boolean hasNextPage) {
}
