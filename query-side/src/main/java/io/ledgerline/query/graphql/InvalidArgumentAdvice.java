package io.ledgerline.query.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * A query argument the read model cannot serve (a negative {@code first}, a foreign cursor) is the caller's
 * to fix: BAD_REQUEST with the code {@code INVALID_ARGUMENT}, for the list, search and audit queries that
 * validate their arguments with {@link IllegalArgumentException}.
 */
@ControllerAdvice(assignableTypes = {InventoryController.class, RefundController.class, SearchController.class,
        AuditController.class})
class InvalidArgumentAdvice {

    @GraphQlExceptionHandler
    GraphQLError invalidArgument(IllegalArgumentException e, DataFetchingEnvironment env) {
        return error(e, env);
    }

    static GraphQLError error(IllegalArgumentException e, DataFetchingEnvironment env) {
        return GraphqlErrorBuilder.newError(env).errorType(ErrorType.BAD_REQUEST).message(e.getMessage())
                .extensions(Map.of("code", "INVALID_ARGUMENT")).build();
    }
}
