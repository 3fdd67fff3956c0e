package io.ledgerline.query.graphql;

import io.ledgerline.api.inventory.InventoryItemView;
import io.ledgerline.api.order.OrderView;
import io.ledgerline.api.refund.RefundView;
import io.ledgerline.query.audit.AuditChainVerifier;
import io.ledgerline.query.audit.AuditCursor;
import io.ledgerline.query.audit.AuditEntry;
import io.ledgerline.query.audit.AuditFilter;
import io.ledgerline.query.audit.AuditLog;
import io.ledgerline.query.audit.AuditPage;
import io.ledgerline.query.audit.AuditVerification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The audit log (AUD-1), the hash-chain check (AUD-2) and the {@code history} of orders, inventory items and
 * refunds (ORD-13), read from the event store itself. A page of histories is loaded in one statement per type.
 */
@Controller
class AuditController {

    static final String ORDER = "Order";
    static final String INVENTORY_ITEM = "InventoryItem";
    static final String REFUND = "Refund";

    private final AuditLog auditLog;
    private final AuditChainVerifier verifier;

    AuditController(AuditLog auditLog, AuditChainVerifier verifier) {
        this.auditLog = auditLog;
        this.verifier = verifier;
    }

    /** Oldest first; {@code first} is capped at {@value AuditLog#MAX_PAGE_SIZE}. */
    @QueryMapping
    Connection auditLog(@Argument AuditFilter filter, @Argument Integer first, @Argument String after) {
        AuditPage page = auditLog.page(filter == null ? AuditFilter.none() : filter, first == null ? 50 : first,
                after == null ? null : AuditCursor.globalIndex(after));
        List<Edge> edges = page.entries().stream().map(entry -> new Edge(entry, AuditCursor.of(entry.globalIndex()))).toList();
        return new Connection(edges, new PageInfo(page.hasNextPage(), edges.isEmpty() ? null : edges.getLast().cursor()));
    }

    @QueryMapping
    AuditVerification verifyAuditChain() {
        return verifier.verify();
    }

    @BatchMapping(typeName = ORDER, field = "history")
    Map<OrderView, List<AuditEntry>> orderHistory(List<OrderView> orders) {
        return histories(ORDER, orders, OrderView::id);
    }

    @BatchMapping(typeName = INVENTORY_ITEM, field = "history")
    Map<InventoryItemView, List<AuditEntry>> inventoryItemHistory(List<InventoryItemView> items) {
        return histories(INVENTORY_ITEM, items, InventoryItemView::sku);
    }

    @BatchMapping(typeName = REFUND, field = "history")
    Map<RefundView, List<AuditEntry>> refundHistory(List<RefundView> refunds) {
        return histories(REFUND, refunds, RefundView::id);
    }

    private <T> Map<T, List<AuditEntry>> histories(String aggregateType, List<T> sources, Function<T, String> id) {
        Map<String, List<AuditEntry>> byId = auditLog.histories(aggregateType, sources.stream().map(id).distinct().toList());
        Map<T, List<AuditEntry>> result = new HashMap<>();
        sources.forEach(source -> result.put(source, byId.getOrDefault(id.apply(source), List.of())));
        return result;
    }

    /** The GraphQL {@code AuditConnection}. */
    record Connection(List<Edge> edges, PageInfo pageInfo) {
    }

    /** The GraphQL {@code AuditEdge}. */
    record Edge(AuditEntry node, String cursor) {
    }

    /** The GraphQL {@code PageInfo}. */
    record PageInfo(boolean hasNextPage, String endCursor) {
    }
}
