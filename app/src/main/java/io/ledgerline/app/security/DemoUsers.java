package io.ledgerline.app.security;

import io.ledgerline.api.security.Role;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * The embedded default's demo accounts, one per role, each with the password {@code <name>-pass}, so
 * that a newcomer can try every role at once. They exist only when Ledgerline runs on its embedded
 * PostgreSQL (no {@code ledgerline.db.url}): never against an external database, where the operator
 * creates the first administrator with {@link BootstrapAdministrator}.
 */
@Component
@ConditionalOnExpression("'${ledgerline.db.url:}'.isBlank()")
class DemoUsers implements ApplicationRunner {

    static final Map<String, Role> USERS = demoUsers();

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private final UserAdministration administration;

    DemoUsers(UserAdministration administration) {
        this.administration = administration;
    }

    @Override
    public void run(ApplicationArguments args) {
        USERS.forEach((username, role) -> {
            if (administration.createUnlessPresent(username, username + "-pass", EnumSet.of(role), "demo-users")) {
                log.info("Demo user '{}' ({}) created with the password '{}-pass' (embedded default only)", username, role, username);
            }
        });
    }

    private static Map<String, Role> demoUsers() {
        Map<String, Role> users = new LinkedHashMap<>();
        users.put("admin", Role.ADMIN);
        users.put("clerk", Role.ORDER_CLERK);
        users.put("finance", Role.FINANCE);
        users.put("warehouse", Role.WAREHOUSE);
        users.put("service", Role.CUSTOMER_SERVICE);
        users.put("auditor", Role.AUDITOR);
        return Map.copyOf(users);
    }
}
