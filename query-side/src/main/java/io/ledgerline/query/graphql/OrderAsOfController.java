package io.ledgerline.query.graphql;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import io.ledgerline.api.order.OrderView;
import io.ledgerline.api.refund.RefundView;
import io.ledgerline.query.asof.AsOfOrders;
import io.ledgerline.query.asof.OrderAsOf;
import io.ledgerline.query.audit.AuditEntry;
import io.ledgerline.query.audit.AuditLog;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * AUD-4: {@code orderAsOf}, the order as it was at an instant, folded from the event store. The result is an
 * ordinary {@code OrderView} (so every scalar field reads as for {@code order}); its shipment, exceptions,
 * refunds and histories travel in the field's local context, from which {@link AsOfWiring} answers them.
 */
@Controller
class OrderAsOfController {

    private final AsOfOrders asOfOrders;
    private final AuditLog auditLog;

    OrderAsOfController(AsOfOrders asOfOrders, AuditLog auditLog) {
        this.asOfOrders = asOfOrders;
        this.auditLog = auditLog;
    }

    @QueryMapping
    DataFetcherResult<OrderView> orderAsOf(@Argument String id, @Argument Instant at, DataFetchingEnvironment env) {
        Optional<OrderAsOf> found = asOfOrders.find(id, at);
        if (found.isEmpty()) {
            return DataFetcherResult.<OrderView>newResult().build();
        }
        OrderAsOf asOf = found.get();
        List<AuditEntry> history = env.getSelectionSet().contains("history")
                ? auditLog.historyUpTo(AuditController.ORDER, id, asOf.order().version()) : List.of();
        Map<String, List<AuditEntry>> refundHistories = env.getSelectionSet().contains("refunds/history")
                ? asOf.refunds().stream().collect(Collectors.toMap(RefundView::id, refund ->
                        auditLog.historyUpTo(AuditController.REFUND, refund.id(), asOf.refundVersion(refund.id()))))
                : Map.of();
        return DataFetcherResult.<OrderView>newResult().data(asOf.order())
                .localContext(new AsOfOrderContext(asOf, history, refundHistories)).build();
    }
}
