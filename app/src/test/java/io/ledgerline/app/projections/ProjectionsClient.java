package io.ledgerline.app.projections;

import io.ledgerline.app.GraphQlClients;
import java.util.List;
import java.util.Map;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;

/** The projection operations over GraphQL HTTP, as an admin calls them. */
final class ProjectionsClient {

    private static final String FIELDS = "name position lag status rebuildProgress deadLetters deadLetterCause lastRebuild";

    private final HttpSyncGraphQlClient graphQl;

    ProjectionsClient(int port) {
        this.graphQl = GraphQlClients.http(port);
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> all() {
        return (List<Map<String, Object>>) data("{ projections { " + FIELDS + " } }", Map.of()).get("projections");
    }

    Map<String, Object> of(String name) {
        return all().stream().filter(projection -> name.equals(projection.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no projection " + name + " in " + all()));
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> rebuild(String name) {
        return (Map<String, Object>) data("mutation($name: String!) { rebuildProjection(name: $name) { projection { " + FIELDS
                + " } errors { field code message } } }", Map.of("name", name)).get("rebuildProjection");
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> retryDeadLetters(String name) {
        return (Map<String, Object>) data("mutation($name: String!) { retryDeadLetters(name: $name) { retried projection { "
                + FIELDS + " } errors { field code message } } }", Map.of("name", name)).get("retryDeadLetters");
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> order(String id) {
        return (Map<String, Object>) data("query($id: ID) { order(id: $id) { id status amountPaid } }", Map.of("id", id))
                .get("order");
    }

    @SuppressWarnings("unchecked")
    List<String> search(String text) {
        Map<String, Object> connection = (Map<String, Object>) data(
                "query($text: String!) { searchOrders(search: { text: $text }, first: 50) { edges { node { id } } } }",
                Map.of("text", text)).get("searchOrders");
        return ((List<Map<String, Object>>) connection.get("edges")).stream()
                .map(edge -> (String) ((Map<String, Object>) edge.get("node")).get("id")).sorted().toList();
    }

    private Map<String, Object> data(String document, Map<String, Object> variables) {
        ClientGraphQlResponse response = graphQl.document(document).variables(variables).executeSync();
        if (!response.getErrors().isEmpty()) {
            throw new AssertionError("GraphQL errors: " + response.getErrors());
        }
        return response.getData();
    }
}
