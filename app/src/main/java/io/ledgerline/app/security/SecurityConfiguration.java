package io.ledgerline.app.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who gets in: staff sign in with HTTP Basic (API clients, the GraphQL WebSocket handshake) or the
 * form at {@code /login} (browsers, then a session cookie guarded by a CSRF token); bearer JWTs are
 * accepted too when an issuer is configured. Only {@code /actuator/health} answers anonymously. An
 * anonymous API call gets 401, an anonymous page visit the sign-in form. What a signed-in user may do
 * is decided per GraphQL field by {@link GraphQlAuthorization}, and for a report export by the same
 * table: whoever may run the report's query may download it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JwtSettings.class)
class SecurityConfiguration {

    static final String REALM = "Ledgerline";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new VerifiedPasswordCache(PasswordEncoderFactories.createDelegatingPasswordEncoder());
    }

    @Bean
    SecurityFilterChain ledgerlineSecurity(HttpSecurity http, JwtSettings jwt, OperationPermissions permissions,
                                           SecurityAuditLog auditLog) throws Exception {
        BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
        basic.setRealmName(REALM);
        RequestMatcher api = request -> isApi(request);

        http.authorizeHttpRequests(paths -> paths
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/error").permitAll()
                        .requestMatchers("/api/reports/{report}.{format}").access((authentication, context) ->
                                new AuthorizationDecision(permissions.allowsExport(context.getVariables().get("report"),
                                        Callers.roles(authentication.get()))))
                        .requestMatchers("/api/reports/**").denyAll()
                        .anyRequest().authenticated())
                .httpBasic(httpBasic -> httpBasic.realmName(REALM).authenticationEntryPoint(basic))
                .formLogin(form -> form.permitAll())
                .logout(logout -> logout.permitAll())
                .csrf(csrf -> csrf.spa().requireCsrfProtectionMatcher(SecurityConfiguration::needsCsrfToken))
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(basic, api)
                        .accessDeniedHandler(new AuditedAccessDeniedHandler(auditLog)));
        if (jwt.enabled()) {
            JwtAuthenticationConverter roles = new JwtAuthenticationConverter();
            roles.setJwtGrantedAuthoritiesConverter(new JwtRoles(jwt.rolesClaim()));
            roles.setPrincipalClaimName(jwt.usernameClaim());
            http.oauth2ResourceServer(server -> server
                    .authenticationEntryPoint(basic)
                    .jwt(token -> token.decoder(BearerTokenDecoder.from(jwt)).jwtAuthenticationConverter(roles)));
        }
        return http.build();
    }

    /**
     * CSRF tokens guard what a browser's ambient credentials could be abused for: state-changing requests
     * that ride on a session cookie, and the sign-in form itself. Browser sessions send the token from the
     * XSRF-TOKEN cookie as the X-XSRF-TOKEN header. A request without a session that authenticates with
     * its own Authorization header has nothing a forger could borrow (and an anonymous one gets 401).
     */
    private static boolean needsCsrfToken(HttpServletRequest request) {
        if (!CsrfFilter.DEFAULT_CSRF_MATCHER.matches(request)) {
            return false;
        }
        String path = path(request);
        boolean signInOrOut = path.equals("/login") || path.equals("/logout");
        return signInOrOut || (request.getRequestedSessionId() != null && request.getHeader("Authorization") == null);
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = path(request);
        return path.startsWith("/graphql") || path.startsWith("/api/") || path.startsWith("/actuator")
                || request.getHeader("Authorization") != null;
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
