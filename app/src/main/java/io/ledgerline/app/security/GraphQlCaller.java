package io.ledgerline.app.security;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.WebSocketGraphQlRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Hands the signed-in caller to GraphQL execution, where {@link GraphQlAuthorization} checks the
 * operation: over HTTP the request's authentication, over WebSocket the one of the handshake.
 */
@Component
class GraphQlCaller implements WebGraphQlInterceptor {

    static final String KEY = GraphQlCaller.class.getName();

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        if (request instanceof WebSocketGraphQlRequest webSocket) {
            return webSocket.getSessionInfo().getPrincipal()
                    .filter(Authentication.class::isInstance)
                    .map(principal -> remember(request, (Authentication) principal))
                    .defaultIfEmpty(request)
                    .flatMap(chain::next);
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return chain.next(authentication == null ? request : remember(request, authentication));
    }

    private static WebGraphQlRequest remember(WebGraphQlRequest request, Authentication authentication) {
        request.configureExecutionInput((input, builder) ->
                builder.graphQLContext(context -> context.put(KEY, authentication)).build());
        return request;
    }
}
