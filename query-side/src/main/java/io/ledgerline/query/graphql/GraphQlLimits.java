package io.ledgerline.query.graphql;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Limits that keep one request from costing the server arbitrarily much: how deeply a query may nest
 * ({@code ledgerline.graphql.max-depth}, default 15, above the 13 levels of the introspection query that
 * GraphiQL sends) and how many fields it may select in all ({@code ledgerline.graphql.max-complexity},
 * default 2000, one point per field). A query over either limit is refused before anything runs. Page
 * sizes are capped at 100 by the queries themselves.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlLimits {

    @Bean
    MaxQueryDepthInstrumentation maxQueryDepth(@Value("${ledgerline.graphql.max-depth:15}") int maxDepth) {
        return new MaxQueryDepthInstrumentation(maxDepth);
    }

    @Bean
    MaxQueryComplexityInstrumentation maxQueryComplexity(@Value("${ledgerline.graphql.max-complexity:2000}") int maxComplexity) {
        return new MaxQueryComplexityInstrumentation(maxComplexity);
    }
}
