package io.ledgerline.query.graphql;

import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import io.ledgerline.api.refund.RefundView;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * AUD-4: the nested fields of an as-of order are as of the same instant. {@code Order.shipment},
 * {@code exceptions}, {@code refunds} and {@code history} and {@code Refund.history} keep the data fetchers
 * their controllers registered (today's read models, batch-loaded); this wraps each so that, under an
 * {@code orderAsOf} result (an {@link AsOfOrderContext} in the local context), it answers from the fold
 * instead. Any other query never reaches the fold: the normal {@code order} path is unchanged.
 */
@Configuration(proxyBeanMethods = false)
class AsOfWiring {

    private static final Map<FieldCoordinates, BiFunction<AsOfOrderContext, Object, Object>> AS_OF_FIELDS = Map.of(
            FieldCoordinates.coordinates("Order", "shipment"), (context, order) -> context.asOf().shipment(),
            FieldCoordinates.coordinates("Order", "exceptions"), (context, order) -> context.asOf().exceptions(),
            FieldCoordinates.coordinates("Order", "refunds"), (context, order) -> context.asOf().refunds(),
            FieldCoordinates.coordinates("Order", "history"), (context, order) -> context.history(),
            FieldCoordinates.coordinates("Refund", "history"), (context, refund) ->
                    context.refundHistories().getOrDefault(((RefundView) refund).id(), List.of()));

    @Bean
    GraphQlSourceBuilderCustomizer asOfFields() {
        return builder -> builder.typeVisitors(List.of(new GraphQLTypeVisitorStub() {
            @Override
            public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition field,
                                                                TraverserContext<GraphQLSchemaElement> context) {
                if (context.getParentNode() instanceof GraphQLFieldsContainer parent) {
                    FieldCoordinates coordinates = FieldCoordinates.coordinates(parent, field);
                    BiFunction<AsOfOrderContext, Object, Object> asOf = AS_OF_FIELDS.get(coordinates);
                    if (asOf != null) {
                        GraphQLCodeRegistry.Builder registry = context.getVarFromParents(GraphQLCodeRegistry.Builder.class);
                        DataFetcher<?> current = registry.getDataFetcher(coordinates, field);
                        registry.dataFetcher(coordinates, (DataFetcher<Object>) env ->
                                env.getLocalContext() instanceof AsOfOrderContext asOfOrder
                                        ? asOf.apply(asOfOrder, env.getSource()) : current.get(env));
                    }
                }
                return TraversalControl.CONTINUE;
            }
        }));
    }
}
