package io.ledgerline.reporting.graphql;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import io.ledgerline.reporting.period.ReportArgumentException;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * A report argument the caller must fix (a period that is too long or not made of whole days, a ranking limit out of
 * range): a BAD_REQUEST error with the code and the argument's path in its extensions.
 */
@ControllerAdvice(assignableTypes = ReportController.class)
class ReportErrorAdvice {

    @GraphQlExceptionHandler
    GraphQLError reportArgument(ReportArgumentException e, DataFetchingEnvironment env) {
        return GraphqlErrorBuilder.newError(env).errorType(ErrorType.BAD_REQUEST).message(e.getMessage())
                .extensions(Map.of("code", e.code(), "field", e.field())).build();
    }
}
