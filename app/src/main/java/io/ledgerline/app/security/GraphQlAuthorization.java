package io.ledgerline.app.security;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.schema.GraphQLFieldsContainer;
import io.ledgerline.api.security.AccessDeniedEvent;
import io.ledgerline.api.security.Role;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Authorizes every GraphQL operation before anything runs: each field it selects (through fragments
 * too) is checked against {@link OperationPermissions} for the caller's roles. If any is not allowed the
 * whole operation is refused with one {@code FORBIDDEN} error naming the fields, nothing is fetched or
 * sent, and the refusal is appended to the audit log (SEC-2).
 */
@Component
class GraphQlAuthorization extends SimplePerformantInstrumentation {

    static final String CHANNEL = "GRAPHQL";

    private final OperationPermissions permissions;
    private final SecurityAuditLog auditLog;

    GraphQlAuthorization(OperationPermissions permissions, SecurityAuditLog auditLog) {
        this.permissions = permissions;
        this.auditLog = auditLog;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
                                                                         InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        Authentication caller = execution.getGraphQLContext().get(GraphQlCaller.KEY);
        if (!Callers.isSignedIn(caller)) {
            throw refusal(ErrorType.UNAUTHORIZED, "UNAUTHENTICATED", "Sign in to use the API.");
        }
        Set<Role> roles = Callers.roles(caller);
        List<String> denied = deniedFields(execution, roles);
        if (!denied.isEmpty()) {
            String reason = (roles.isEmpty() ? "no staff role" : "roles " + roles) + " may not use " + String.join(", ", denied);
            auditLog.record(new AccessDeniedEvent(denied, reason, CHANNEL), caller);
            throw refusal(ErrorType.FORBIDDEN, "FORBIDDEN", "Forbidden: " + reason + ".");
        }
        return super.beginExecuteOperation(parameters, state);
    }

    private List<String> deniedFields(ExecutionContext execution, Set<Role> roles) {
        Set<String> denied = new LinkedHashSet<>();
        QueryTraverser.newQueryTraverser()
                .schema(execution.getGraphQLSchema())
                .document(execution.getDocument())
                .operationName(execution.getOperationDefinition().getName())
                .coercedVariables(execution.getCoercedVariables())
                .build()
                .visitPreOrder(new QueryVisitorStub() {
                    @Override
                    public void visitField(QueryVisitorFieldEnvironment field) {
                        GraphQLFieldsContainer parent = field.getFieldsContainer();
                        String name = field.getFieldDefinition().getName();
                        if (!permissions.allows(parent.getName(), name, roles)) {
                            denied.add(parent.getName() + "." + name);
                        }
                    }
                });
        return new ArrayList<>(denied);
    }

    private static AbortExecutionException refusal(ErrorClassification type, String code, String message) {
        GraphQLError error = GraphqlErrorBuilder.newError().errorType(type).message(message)
                .extensions(Map.of("code", code)).build();
        return new AbortExecutionException(List.of(error));
    }
}
