package io.ledgerline.query.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.ledgerline.api.order.OrderSearchResult;
import io.ledgerline.api.order.SearchOrdersQuery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

/** Answers order searches from the {@code orders} index: order ids in rank order, with cursors. */
@Component
class OrderSearchQueryHandler {

    private final ElasticsearchClient client;
    private final OrderSearchIndex index;

    OrderSearchQueryHandler(ElasticsearchClient client, OrderSearchIndex index) {
        this.client = client;
        this.index = index;
    }

    @QueryHandler
    OrderSearchResult handle(SearchOrdersQuery query) {
        index.ensureExists();
        SearchResponse<Void> response;
        try {
            response = client.search(OrderSearchRequests.of(query), Void.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach Elasticsearch to search orders", e);
        }
        List<Hit<Void>> hits = response.hits().hits();
        boolean hasNextPage = hits.size() > query.first();
        List<OrderSearchResult.Hit> page = hits.stream().limit(query.first())
                .map(hit -> new OrderSearchResult.Hit(hit.id(), SearchCursor.encode(hit.sort()))).toList();
        long total = response.hits().total() == null ? page.size() : response.hits().total().value();
        return new OrderSearchResult(page, total, hasNextPage);
    }
}
