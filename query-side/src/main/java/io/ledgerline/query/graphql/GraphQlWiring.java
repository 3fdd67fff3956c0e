package io.ledgerline.query.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.FieldWiringEnvironment;
import graphql.schema.idl.WiringFactory;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * Scalars, and the rule for operations of the contract that are not implemented yet: they answer with
 * a {@code NOT_YET_AVAILABLE} error naming the field, so the frontend sees the truth, not null or fake data.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlWiring {

    private static final Set<String> ROOT_TYPES = Set.of("Query", "Mutation", "Subscription");

    @Bean
    RuntimeWiringConfigurer ledgerlineRuntimeWiring() {
        return new RuntimeWiringConfigurer() {
            @Override
            public void configure(graphql.schema.idl.RuntimeWiring.Builder builder) {
                builder.scalar(Scalars.DATE_TIME).scalar(Scalars.MONEY).scalar(Scalars.JSON);
            }

            @Override
            public void configure(graphql.schema.idl.RuntimeWiring.Builder builder, java.util.List<WiringFactory> container) {
                container.add(new WiringFactory() {
                    @Override
                    public DataFetcher<?> getDefaultDataFetcher(FieldWiringEnvironment environment) {
                        if (ROOT_TYPES.contains(environment.getParentType().getName())) {
                            String field = environment.getFieldDefinition().getName();
                            return env -> {
                                throw new NotYetAvailableException(field);
                            };
                        }
                        return null;
                    }
                });
            }
        };
    }

    @Bean
    DataFetcherExceptionResolver notYetAvailableResolver() {
        return new DataFetcherExceptionResolverAdapter() {
            @Override
            protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
                if (!(ex instanceof NotYetAvailableException)) {
                    return null;
                }
                return GraphqlErrorBuilder.newError(env).errorType(ErrorType.NOT_FOUND).message(ex.getMessage())
                        .extensions(java.util.Map.of("code", "NOT_YET_AVAILABLE")).build();
            }
        };
    }
}
