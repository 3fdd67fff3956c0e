package io.ledgerline.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.app.GraphQlClients;
import io.ledgerline.app.LedgerlineIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.client.ClientGraphQlResponse;
import org.springframework.jdbc.core.simple.JdbcClient;

/** ADMIN administers accounts over GraphQL; every change is a security event naming the administrator. */
class UserAdministrationTest extends LedgerlineIntegrationTest {

    private static final String CREATE = """
            mutation($u: String!, $p: String!, $r: [Role!]!) {
              createUser(input: {username: $u, password: $p, roles: $r}) { user { username roles enabled } errors { field code message } }
            }""";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("Creating a user stores the account with a BCrypt hash and audits who created it; the new user can sign in")
    void createUser() {
        String user = "new-" + UUID.randomUUID().toString().substring(0, 8);

        ClientGraphQlResponse created = create(user, "correct horse battery", List.of("WAREHOUSE", "CUSTOMER_SERVICE"));

        assertThat(created.field("createUser.errors").toEntityList(Map.class)).isEmpty();
        assertThat(created.field("createUser.user.roles").toEntityList(String.class)).containsExactly("WAREHOUSE", "CUSTOMER_SERVICE");
        assertThat(jdbc.sql("select password_hash from user_account where username = ?").param(user).query(String.class).single())
                .startsWith("{bcrypt}$2").doesNotContain("correct horse battery");
        assertThat(audit("UserCreatedEvent", user)).singleElement().satisfies(row -> assertThat(row).containsEntry("actor", "admin"));
        Map<?, ?> me = GraphQlClients.http(port, user, "correct horse battery").document("{ me { roles } }").retrieveSync("me").toEntity(Map.class);
        assertThat(me.get("roles")).isEqualTo(List.of("WAREHOUSE", "CUSTOMER_SERVICE"));
    }

    @Test
    @DisplayName("Bad input is refused naming each field, and nothing is stored")
    void invalidInputIsRefused() {
        ClientGraphQlResponse refused = create("Bad Name!", "short", List.of());

        List<Map> errors = refused.field("createUser.errors").toEntityList(Map.class);
        assertThat(errors).extracting(error -> error.get("field")).containsExactlyInAnyOrder(
                List.of("input", "username"), List.of("input", "password"), List.of("input", "roles"));
        assertThat(errors).extracting(error -> error.get("code")).containsExactlyInAnyOrder("INVALID_USERNAME", "INVALID_PASSWORD", "ROLES_REQUIRED");
        assertThat(jdbc.sql("select count(*) from user_account where username = 'Bad Name!'").query(Long.class).single()).isZero();
    }

    @Test
    @DisplayName("A taken username is refused; roles are replaced and audited with the previous set")
    void duplicateAndRoleAssignment() {
        String user = "roles-" + UUID.randomUUID().toString().substring(0, 8);
        create(user, "a-long-enough-password", List.of("ORDER_CLERK"));

        assertThat(create(user, "another-long-password", List.of("ADMIN")).field("createUser.errors").toEntityList(Map.class))
                .singleElement().satisfies(error -> assertThat(error).containsEntry("code", "USERNAME_TAKEN"));

        ClientGraphQlResponse assigned = GraphQlClients.http(port)
                .document("mutation($u: String!) { assignRoles(username: $u, roles: [FINANCE]) { user { roles } errors { code } } }")
                .variable("u", user).executeSync();
        assertThat(assigned.field("assignRoles.user.roles").toEntityList(String.class)).containsExactly("FINANCE");
        assertThat(audit("UserRolesAssignedEvent", user)).singleElement().satisfies(row -> {
            assertThat(row).containsEntry("actor", "admin");
            assertThat((String) row.get("payload")).contains("\"previousRoles\":[\"ORDER_CLERK\"]");
        });
    }

    @Test
    @DisplayName("An administrator cannot disable themselves or take ADMIN from the last enabled administrator")
    void administratorsCannotLockEveryoneOut() {
        ClientGraphQlResponse self = GraphQlClients.http(port)
                .document("mutation { disableUser(username: \"admin\", reason: \"test\") { errors { field code } } }").executeSync();
        assertThat(self.field("disableUser.errors").toEntityList(Map.class)).singleElement()
                .satisfies(error -> assertThat(error).containsEntry("code", "CANNOT_DISABLE_SELF"));
        assertThat(jdbc.sql("select enabled from user_account where username = 'admin'").query(Boolean.class).single()).isTrue();
    }

    private ClientGraphQlResponse create(String user, String password, List<String> roles) {
        return GraphQlClients.http(port).document(CREATE).variable("u", user).variable("p", password).variable("r", roles).executeSync();
    }

    private List<Map<String, Object>> audit(String type, String username) {
        return jdbc.sql("""
                        select convert_from(metadata, 'UTF8')::jsonb ->> 'actor' as actor, convert_from(payload, 'UTF8') as payload
                          from domainevententry where type = 'Security' and payloadtype like :type
                           and convert_from(payload, 'UTF8')::jsonb ->> 'username' = :username
                        """).param("type", "%." + type).param("username", username).query().listOfRows();
    }
}
