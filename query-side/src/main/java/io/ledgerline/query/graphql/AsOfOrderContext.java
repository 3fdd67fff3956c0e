package io.ledgerline.query.graphql;

import io.ledgerline.query.asof.OrderAsOf;
import io.ledgerline.query.audit.AuditEntry;
import java.util.List;
import java.util.Map;

/**
 * The GraphQL local context of an {@code orderAsOf} result (AUD-4): the folded order and, when the query asks
 * for them, the histories cut at the same events. {@link AsOfWiring} answers the order's nested fields from
 * it instead of from today's read models.
 */
record AsOfOrderContext(OrderAsOf asOf, List<AuditEntry> history, Map<String, List<AuditEntry>> refundHistories) {
}
