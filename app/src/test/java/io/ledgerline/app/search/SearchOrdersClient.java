package io.ledgerline.app.search;

import io.ledgerline.app.GraphQlClients;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.client.HttpSyncGraphQlClient;

/** Calls {@code searchOrders} over GraphQL HTTP, as the admin frontend does. */
final class SearchOrdersClient {

    private static final String DOCUMENT = """
            query($search: OrderSearch!, $first: Int, $after: String) {
              searchOrders(search: $search, first: $first, after: $after) {
                totalCount
                pageInfo { hasNextPage endCursor }
                edges { cursor node { id orderNumber } }
              }
            }""";

    /** One page of results: the order ids in rank order. */
    record Page(List<String> ids, int totalCount, boolean hasNextPage, String endCursor) {
    }

    private final HttpSyncGraphQlClient graphQl;

    SearchOrdersClient(int port) {
        this.graphQl = GraphQlClients.http(port);
    }

    Page search(String text) {
        return search(text, null, 20, null);
    }

    Page search(String text, Map<String, Object> filter) {
        return search(text, filter, 20, null);
    }

    @SuppressWarnings("unchecked")
    Page search(String text, Map<String, Object> filter, int first, String after) {
        Map<String, Object> search = new LinkedHashMap<>();
        search.put("text", text);
        if (filter != null) {
            search.put("filter", filter);
        }
        Map<String, Object> connection = graphQl.document(DOCUMENT).variable("search", search).variable("first", first)
                .variable("after", after).retrieveSync("searchOrders").toEntity(Map.class);
        List<Map<String, Object>> edges = (List<Map<String, Object>>) connection.get("edges");
        Map<String, Object> pageInfo = (Map<String, Object>) connection.get("pageInfo");
        return new Page(edges.stream().map(edge -> (String) ((Map<String, Object>) edge.get("node")).get("id")).toList(),
                (Integer) connection.get("totalCount"), (Boolean) pageInfo.get("hasNextPage"), (String) pageInfo.get("endCursor"));
    }
}
