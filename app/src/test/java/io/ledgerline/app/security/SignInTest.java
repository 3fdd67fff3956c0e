package io.ledgerline.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.app.GraphQlClients;
import io.ledgerline.app.LedgerlineIntegrationTest;
import io.ledgerline.app.MutableClock;
import io.ledgerline.app.TestJwtIssuer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

/** Issue 5: who gets in. Anonymous callers, wrong passwords, disabled and locked users, bearer JWTs. */
class SignInTest extends LedgerlineIntegrationTest {

    private static final String ME = "{\"query\":\"{ me { username roles } }\"}";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    @Test
    @DisplayName("An anonymous caller gets 401 from the API, the sign-in form for pages, and from health only UP")
    void anonymousCallersAreRefused() {
        assertThat(post("/graphql", ME, null).getStatusCode().value()).isEqualTo(401);
        assertThat(post("/graphql", ME, null).getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
        assertThat(get("/actuator/info", null).getStatusCode().value()).isEqualTo(401);
        assertThat(get("/graphiql", null).getStatusCode().value()).isEqualTo(302);
        assertThat(get("/graphiql", null).getHeaders().getLocation().getPath()).isEqualTo("/login");

        ResponseEntity<String> health = RestClient.create("http://localhost:" + port).get().uri("/actuator/health")
                .retrieve().toEntity(String.class);
        assertThat(health.getStatusCode().value()).isEqualTo(200);
        assertThat(health.getBody()).contains("\"status\":\"UP\"").doesNotContain("components");
    }

    @Test
    @DisplayName("A wrong password gets 401; the right one signs in as that user with that role")
    void passwordsAreChecked() {
        assertThat(post("/graphql", ME, GraphQlClients.basic("clerk", "not-the-password")).getStatusCode().value()).isEqualTo(401);

        Map<String, Object> me = GraphQlClients.http(port, "clerk").document("{ me { username roles } }").retrieveSync("me")
                .toEntity(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() { });
        assertThat(me).containsEntry("username", "clerk").containsEntry("roles", List.of("ORDER_CLERK"));
    }

    @Test
    @DisplayName("A disabled user is refused at sign-in, and works again once enabled")
    void disabledUserIsRefused() {
        String user = newUser("ORDER_CLERK");
        assertThat(post("/graphql", ME, GraphQlClients.basic(user, password(user))).getStatusCode().value()).isEqualTo(200);

        var disabled = GraphQlClients.http(port).document("mutation($u: String!) { disableUser(username: $u, reason: \"left the company\") { user { enabled } errors { code } } }")
                .variable("u", user).executeSync();
        assertThat((Object) disabled.field("disableUser.user.enabled").getValue()).isEqualTo(false);

        assertThat(post("/graphql", ME, GraphQlClients.basic(user, password(user))).getStatusCode().value()).isEqualTo(401);

        GraphQlClients.http(port).document("mutation($u: String!) { enableUser(username: $u) { errors { code } } }").variable("u", user).executeSync();
        assertThat(post("/graphql", ME, GraphQlClients.basic(user, password(user))).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    @DisplayName("Five wrong passwords in a row lock the account: even the right one is refused until the lock-out ends, and both are audited")
    void repeatedFailuresLockTheAccount() {
        String user = newUser("FINANCE");
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(post("/graphql", ME, GraphQlClients.basic(user, "guess-" + attempt)).getStatusCode().value()).isEqualTo(401);
        }
        assertThat(post("/graphql", ME, GraphQlClients.basic(user, password(user))).getStatusCode().value()).isEqualTo(401);
        assertThat(new SecurityEventsInStore(jdbc).about(user, "SignInFailedEvent")).isEqualTo(5);
        assertThat(new SecurityEventsInStore(jdbc).about(user, "UserLockedOutEvent")).isEqualTo(1);

        clock.advance(Duration.ofMinutes(16));
        try {
            assertThat(post("/graphql", ME, GraphQlClients.basic(user, password(user))).getStatusCode().value()).isEqualTo(200);
        } finally {
            clock.advance(Duration.ofMinutes(-16));
        }
    }

    @Test
    @DisplayName("Only wrong passwords in a row count: a right one in between starts the count again")
    void aRightPasswordResetsTheCount() {
        String user = newUser("FINANCE");
        for (int round = 0; round < 2; round++) {
            for (int attempt = 0; attempt < 4; attempt++) {
                assertThat(post("/graphql", ME, GraphQlClients.basic(user, "guess-" + attempt)).getStatusCode().value()).isEqualTo(401);
            }
            assertThat(failedAttempts(user)).isEqualTo(4);
            assertThat(post("/graphql", ME, GraphQlClients.basic(user, password(user))).getStatusCode().value()).as("round %d", round)
                    .isEqualTo(200);
            assertThat(failedAttempts(user)).isZero();
        }
        assertThat(new SecurityEventsInStore(jdbc).about(user, "UserLockedOutEvent")).isZero();
    }

    private int failedAttempts(String user) {
        return jdbc.sql("select failed_attempts from user_account where username = ?").param(user).query(Integer.class).single();
    }

    @Test
    @DisplayName("A bearer JWT from the configured issuer signs in with the roles of its claim")
    void jwtWithRolesWorks() {
        String token = TestJwtIssuer.token("idp-finance-7", List.of("FINANCE"));
        HttpSyncGraphQlClient finance = bearer(token);

        Map<String, Object> me = finance.document("{ me { username roles } }").retrieveSync("me")
                .toEntity(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() { });
        assertThat(me).containsEntry("username", "idp-finance-7").containsEntry("roles", List.of("FINANCE"));
        assertThat(finance.document("{ refunds(first: 1) { totalCount } }").executeSync().getErrors()).isEmpty();

        ClientGraphQlResponse denied = finance.document("{ inventoryItems(first: 1) { sku } }").executeSync();
        assertThat(denied.getErrors()).singleElement().satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.FORBIDDEN));
    }

    @Test
    @DisplayName("A JWT signed by another key, from another issuer, or expired is refused with 401")
    void badJwtsAreRefused() {
        assertThat(post("/graphql", ME, "Bearer " + TestJwtIssuer.forgedToken("mallory", List.of("ADMIN"))).getStatusCode().value()).isEqualTo(401);
        assertThat(post("/graphql", ME, "Bearer " + TestJwtIssuer.token("https://elsewhere.test", "mallory", List.of("ADMIN"),
                Instant.now().plusSeconds(300))).getStatusCode().value()).isEqualTo(401);
        assertThat(post("/graphql", ME, "Bearer " + TestJwtIssuer.token(TestJwtIssuer.ISSUER, "late", List.of("ADMIN"),
                Instant.now().minusSeconds(600))).getStatusCode().value()).isEqualTo(401);
    }

    @Test
    @DisplayName("A request body over the configured maximum is refused with 413 before anything reads it")
    void oversizedRequestIsRefused() {
        String huge = "{\"query\":\"{ me { username } }\",\"variables\":{\"padding\":\"" + "x".repeat(300 * 1024) + "\"}}";

        assertThat(post("/graphql", huge, GraphQlClients.basic("admin", "admin-pass")).getStatusCode().value()).isEqualTo(413);
    }

    private String newUser(String role) {
        String user = "user-" + UUID.randomUUID().toString().substring(0, 8);
        var created = GraphQlClients.http(port).document("mutation($u: String!, $p: String!, $r: [Role!]!) { createUser(input: {username: $u, password: $p, roles: $r}) { errors { code } } }")
                .variable("u", user).variable("p", password(user)).variable("r", List.of(role)).executeSync();
        assertThat(created.getErrors()).isEmpty();
        assertThat(created.field("createUser.errors").toEntityList(Map.class)).isEmpty();
        return user;
    }

    private static String password(String user) {
        return user + "-secret-password";
    }

    private HttpSyncGraphQlClient bearer(String token) {
        return HttpSyncGraphQlClient.create(RestClient.builder().baseUrl("http://localhost:" + port + "/graphql")
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token).build());
    }

    private ResponseEntity<String> post(String path, String body, String authorization) {
        return RestClient.create("http://localhost:" + port).post().uri(path).contentType(MediaType.APPLICATION_JSON)
                .headers(headers -> {
                    if (authorization != null) {
                        headers.set(HttpHeaders.AUTHORIZATION, authorization);
                    }
                })
                .body(body).retrieve().onStatus(HttpStatusCode::isError, (request, response) -> { })
                .toEntity(String.class);
    }

    private ResponseEntity<String> get(String path, String authorization) {
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .requestFactory(new org.springframework.http.client.SimpleClientHttpRequestFactory() {
                    @Override
                    protected void prepareConnection(java.net.HttpURLConnection connection, String method) throws java.io.IOException {
                        super.prepareConnection(connection, method);
                        connection.setInstanceFollowRedirects(false);
                    }
                }).build()
                .get().uri(path).accept(MediaType.TEXT_HTML).headers(headers -> {
                    if (authorization != null) {
                        headers.set(HttpHeaders.AUTHORIZATION, authorization);
                    }
                })
                .retrieve().onStatus(status -> status.isError() || status.is3xxRedirection(), (request, response) -> { })
                .toEntity(String.class);
    }
}
