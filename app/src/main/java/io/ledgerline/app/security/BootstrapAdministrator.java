package io.ledgerline.app.security;

import io.ledgerline.api.security.Role;
import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The first administrator of a production installation: when {@code ledgerline.security.bootstrap-admin.password}
 * is set (LEDGERLINE_SECURITY_BOOTSTRAP_ADMIN_PASSWORD) and the account
 * {@code ledgerline.security.bootstrap-admin.username} (default {@code admin}) does not exist, it is created
 * with the ADMIN role. An existing account is never touched, so the setting can stay in place.
 */
@Component
class BootstrapAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdministrator.class);

    private final UserAdministration administration;
    private final String username;
    private final String password;

    BootstrapAdministrator(UserAdministration administration,
                           @Value("${ledgerline.security.bootstrap-admin.username:admin}") String username,
                           @Value("${ledgerline.security.bootstrap-admin.password:}") String password) {
        this.administration = administration;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (password.isBlank()) {
            return;
        }
        if (password.length() < UserAdministration.MIN_PASSWORD) {
            throw new IllegalStateException("ledgerline.security.bootstrap-admin.password must have at least "
                    + UserAdministration.MIN_PASSWORD + " characters");
        }
        if (administration.createUnlessPresent(username, password, EnumSet.of(Role.ADMIN), "bootstrap-admin")) {
            log.info("Bootstrap administrator '{}' created", username);
        }
    }
}
