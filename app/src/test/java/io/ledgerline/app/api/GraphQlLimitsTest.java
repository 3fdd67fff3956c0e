package io.ledgerline.app.api;

import io.ledgerline.app.GraphQlClients;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.app.LedgerlineIntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.HttpSyncGraphQlClient;

/** The GraphQL edge refuses requests that would cost too much, before running them. */
class GraphQlLimitsTest extends LedgerlineIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    @DisplayName("a query nested deeper than the limit is refused; one within it runs")
    void deepQueryIsRefused() {
        var shallow = graphQl().document(nested(5)).executeSync();
        assertThat(shallow.getErrors()).isEmpty();

        var deep = graphQl().document(nested(16)).executeSync();
        assertThat(deep.getErrors()).anySatisfy(error -> assertThat(error.getMessage()).containsIgnoringCase("depth"));
    }

    @Test
    @DisplayName("the introspection query that GraphiQL and client generators send stays within the limits")
    void introspectionStaysWithinTheLimits() {
        var introspection = graphQl().document(graphql.introspection.IntrospectionQuery.INTROSPECTION_QUERY).executeSync();

        assertThat(introspection.getErrors()).isEmpty();
    }

    @Test
    @DisplayName("a query selecting more fields than the complexity limit allows is refused")
    void expensiveQueryIsRefused() {
        StringBuilder query = new StringBuilder("{ orders { edges { node { ");
        for (int i = 0; i < 2100; i++) {
            query.append("f").append(i).append(": id ");
        }
        query.append("} } } }");

        var refused = graphQl().document(query.toString()).executeSync();

        assertThat(refused.getErrors()).anySatisfy(error -> assertThat(error.getMessage()).containsIgnoringCase("complexity"));
    }

    /** A query nesting {@code levels} selections through an introspection chain (__type.ofType.ofType...). */
    private static String nested(int levels) {
        StringBuilder query = new StringBuilder("{ __type(name: \"Order\") { ");
        for (int i = 0; i < levels; i++) {
            query.append("ofType { ");
        }
        query.append("name");
        query.append(" }".repeat(levels));
        return query.append(" } }").toString();
    }

    private HttpSyncGraphQlClient graphQl() {
        return GraphQlClients.http(port);
    }
}
