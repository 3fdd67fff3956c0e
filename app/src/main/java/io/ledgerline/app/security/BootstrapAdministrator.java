package io.ledgerline.app.security;

import io.ledgerline.api.security.Role;
import io.ledgerline.api.security.UserCreatedEvent;
import java.time.Clock;
import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first administrator of a production installation: when {@code ledgerline.security.bootstrap-admin.password}
 * is set (LEDGERLINE_SECURITY_BOOTSTRAP_ADMIN_PASSWORD) and the account
 * {@code ledgerline.security.bootstrap-admin.username} (default {@code admin}) does not exist, it is created
 * with the ADMIN role. An existing account is never touched, so the setting can stay in place.
 */
@Component
class BootstrapAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdministrator.class);

    private final UserAccounts accounts;
    private final PasswordEncoder passwords;
    private final SecurityAuditLog auditLog;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String username;
    private final String password;

    BootstrapAdministrator(UserAccounts accounts, PasswordEncoder passwords, SecurityAuditLog auditLog,
                           TransactionTemplate transaction, Clock clock,
                           @Value("${ledgerline.security.bootstrap-admin.username:admin}") String username,
                           @Value("${ledgerline.security.bootstrap-admin.password:}") String password) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.auditLog = auditLog;
        this.transaction = transaction;
        this.clock = clock;
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
        transaction.executeWithoutResult(status -> {
            if (accounts.insert(username, passwords.encode(password), EnumSet.of(Role.ADMIN), clock.instant())) {
                auditLog.record(new UserCreatedEvent(username, EnumSet.of(Role.ADMIN)), "system:bootstrap-admin", SystemActor.ROLE);
                log.info("Bootstrap administrator '{}' created", username);
            }
        });
    }
}
