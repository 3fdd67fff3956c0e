package io.ledgerline.query.graphql;

import io.ledgerline.api.refund.FindRefundQuery;
import io.ledgerline.api.refund.ListRefundsQuery;
import io.ledgerline.api.refund.RefundPage;
import io.ledgerline.api.refund.RefundStatus;
import io.ledgerline.api.refund.RefundView;
import io.ledgerline.query.refund.RefundCursor;
import java.util.List;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The contract's refund queries (REF-3, REF-4), answered through Axon's query bus from the refund read model. */
@Controller
class RefundController {

    private final QueryGateway queries;

    RefundController(QueryGateway queries) {
        this.queries = queries;
    }

    @QueryMapping
    Optional<RefundView> refund(@Argument String id) {
        return queries.query(new FindRefundQuery(id), ResponseTypes.optionalInstanceOf(RefundView.class)).join();
    }

    /**
     * Refunds newest first, {@code first} per page (at most {@value ListRefundsQuery#MAX_PAGE_SIZE}), after
     * the opaque cursor {@code after} of the previous page's last edge (keyset pagination, no offset).
     */
    @QueryMapping
    Connection refunds(@Argument List<RefundStatus> status, @Argument Integer first, @Argument String after) {
        RefundCursor cursor = after == null ? null : RefundCursor.decode(after);
        ListRefundsQuery query = new ListRefundsQuery(status, first == null ? 20 : first,
                cursor == null ? null : cursor.requestedAt(), cursor == null ? null : cursor.refundId());
        RefundPage page = queries.query(query, ResponseTypes.instanceOf(RefundPage.class)).join();
        List<Edge> edges = page.refunds().stream().map(refund -> new Edge(refund, RefundCursor.of(refund).encode())).toList();
        String endCursor = edges.isEmpty() ? null : edges.getLast().cursor();
        return new Connection(edges, new PageInfo(page.hasNextPage(), endCursor), page.totalCount());
    }

    /** The GraphQL {@code RefundConnection}. */
    record Connection(List<Edge> edges, PageInfo pageInfo, int totalCount) {
    }

    /** The GraphQL {@code RefundEdge}. */
    record Edge(RefundView node, String cursor) {
    }

    /** The GraphQL {@code PageInfo}. */
    record PageInfo(boolean hasNextPage, String endCursor) {
    }
}
