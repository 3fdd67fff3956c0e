package io.ledgerline.query.refund;

import io.ledgerline.api.refund.FindRefundQuery;
import io.ledgerline.api.refund.FindRefundsOfOrdersQuery;
import io.ledgerline.api.refund.ListRefundsQuery;
import io.ledgerline.api.refund.RefundPage;
import io.ledgerline.api.refund.RefundView;
import java.util.List;
import java.util.Optional;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers refund queries (REF-3, REF-4) from the PostgreSQL read model. */
@Component
class RefundQueryHandler {

    private final RefundViewRepository refunds;

    RefundQueryHandler(RefundViewRepository refunds) {
        this.refunds = refunds;
    }

    @QueryHandler
    Optional<RefundView> handle(FindRefundQuery query) {
        return query.refundId() == null ? Optional.empty() : refunds.find(query.refundId());
    }

    @QueryHandler
    RefundPage handle(ListRefundsQuery query) {
        return refunds.page(query);
    }

    /** For a batch loader of {@code Order.refunds}: one query for every order of a GraphQL response. */
    @QueryHandler
    List<RefundView> handle(FindRefundsOfOrdersQuery query) {
        return refunds.ofOrders(query.orderIds());
    }
}
