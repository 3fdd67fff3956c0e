package io.ledgerline.app.security;

import io.ledgerline.api.security.SignInFailedEvent;
import io.ledgerline.api.security.UserLockedOutEvent;
import io.ledgerline.api.security.UserSignedInEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-in throttling: after {@code ledgerline.security.sign-in.max-failures} wrong passwords in a row
 * (default 5) an account refuses every sign-in for {@code ledgerline.security.sign-in.lockout} (default
 * 15 minutes), on every node, because the count lives in PostgreSQL. Each wrong password for an existing
 * account and each lock-out is a security event in the audit log; attempts on unknown names are only
 * logged, so that no one can fill the event store by guessing names.
 */
@Component
class SignInThrottle {

    static final String ANONYMOUS = "anonymous";

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    private final UserAccounts accounts;
    private final SecurityAuditLog auditLog;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;

    SignInThrottle(UserAccounts accounts, SecurityAuditLog auditLog, TransactionTemplate transaction, Clock clock,
                   @Value("${ledgerline.security.sign-in.max-failures:5}") int maxFailures,
                   @Value("${ledgerline.security.sign-in.lockout:15m}") Duration lockout) {
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.transaction = transaction;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    @EventListener
    void onWrongPassword(AuthenticationFailureBadCredentialsEvent event) {
        String username = event.getAuthentication().getName();
        String address = remoteAddress(event.getAuthentication());
        transaction.executeWithoutResult(status -> {
            OptionalInt failures = accounts.recordFailure(username);
            if (failures.isEmpty()) {
                log.warn("Sign-in refused for unknown user '{}' from {}", username, address);
                return;
            }
            auditLog.record(new SignInFailedEvent(username, "BAD_CREDENTIALS", address), ANONYMOUS, ANONYMOUS);
            if (failures.getAsInt() >= maxFailures) {
                Instant until = clock.instant().plus(lockout);
                accounts.lock(username, until);
                auditLog.record(new UserLockedOutEvent(username, failures.getAsInt(), until), ANONYMOUS, ANONYMOUS);
                log.warn("User '{}' locked out until {} after {} failed sign-ins (last from {})", username, until,
                        failures.getAsInt(), address);
            }
        });
    }

    @EventListener
    void onRefusedAccount(AbstractAuthenticationFailureEvent event) {
        if (!(event instanceof AuthenticationFailureBadCredentialsEvent)) {
            log.warn("Sign-in refused for '{}' from {}: {}", event.getAuthentication().getName(),
                    remoteAddress(event.getAuthentication()), event.getException().getMessage());
        }
    }

    /** A right password resets the count of wrong ones; most sign-ins have none to reset, and write nothing. */
    @EventListener
    void onSignedIn(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken token
                && token.getPrincipal() instanceof StaffUser user && user.failedAttempts() > 0) {
            accounts.clearFailures(user.getUsername());
        }
    }

    @EventListener
    void onFormSignIn(InteractiveAuthenticationSuccessEvent event) {
        Authentication user = event.getAuthentication();
        auditLog.record(new UserSignedInEvent(user.getName(), remoteAddress(user)), user);
    }

    private static String remoteAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
