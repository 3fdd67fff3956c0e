package io.ledgerline.query.graphql;

import io.ledgerline.api.order.FindOrderQuery;
import io.ledgerline.api.order.FindOrdersByIdsQuery;
import io.ledgerline.api.order.OrderSearchResult;
import io.ledgerline.api.order.OrderView;
import io.ledgerline.api.order.OrderFilter;
import io.ledgerline.api.order.SearchOrdersQuery;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.NoHandlerForQueryException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The contract's {@code searchOrders}: full-text search in Elasticsearch picks and ranks the orders, and
 * the orders themselves come from the PostgreSQL order read model, so a search answers the same
 * {@code Order} as every other query.
 * <p>
 * The index is <em>eventually consistent</em> with the read model: it is fed by its own event processor,
 * and Elasticsearch shows a write to search about a second later. An order changed a moment ago may
 * therefore still be found (or filtered) by its previous state, or not be found yet; an order the search
 * finds but the read model does not hold yet is left out of the page (the total still counts it).
 * Cursors hold the sort values of a hit: an order changed between two pages can move across the boundary.
 */
@Controller
class SearchController {

    private final QueryGateway queries;

    SearchController(QueryGateway queries) {
        this.queries = queries;
    }

    /** The contract's {@code OrderSearch} input. */
    record OrderSearchInput(String text, OrderFilter filter) {
    }

    /** The contract's {@code OrderConnection}, {@code OrderEdge} and {@code PageInfo}, for search results. */
    record Connection(List<Edge> edges, PageInfo pageInfo, long totalCount) {
    }

    record Edge(OrderView node, String cursor) {
    }

    record PageInfo(boolean hasNextPage, String endCursor) {
    }

    @QueryMapping
    Connection searchOrders(@Argument OrderSearchInput search, @Argument Integer first, @Argument String after) {
        SearchOrdersQuery query = new SearchOrdersQuery(search.text(), search.filter(), first == null ? 20 : first, after);
        OrderSearchResult result = queries.query(query, ResponseTypes.instanceOf(OrderSearchResult.class)).join();
        Map<String, OrderView> orders = load(result.hits().stream().map(OrderSearchResult.Hit::orderId).toList());
        List<Edge> edges = result.hits().stream().filter(hit -> orders.containsKey(hit.orderId()))
                .map(hit -> new Edge(orders.get(hit.orderId()), hit.cursor())).toList();
        return new Connection(edges, new PageInfo(result.hasNextPage(), result.endCursor()), result.totalCount());
    }

    /**
     * The page's orders from the order read model: in one query when it answers {@link FindOrdersByIdsQuery},
     * otherwise one {@link FindOrderQuery} per order (at most a page, 100).
     */
    private Map<String, OrderView> load(List<String> orderIds) {
        if (orderIds.isEmpty()) {
            return Map.of();
        }
        List<OrderView> orders;
        try {
            orders = queries.query(new FindOrdersByIdsQuery(orderIds), ResponseTypes.multipleInstancesOf(OrderView.class)).join();
        } catch (NoHandlerForQueryException | CompletionException e) {
            if (!(e instanceof NoHandlerForQueryException) && !(e.getCause() instanceof NoHandlerForQueryException)) {
                throw e;
            }
            orders = orderIds.stream().map(id -> queries.query(FindOrderQuery.byId(id),
                    ResponseTypes.optionalInstanceOf(OrderView.class)).join()).flatMap(Optional::stream).toList();
        }
        return orders.stream().collect(Collectors.toMap(OrderView::id, Function.identity(), (a, b) -> a));
    }
}
