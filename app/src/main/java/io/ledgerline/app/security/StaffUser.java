package io.ledgerline.app.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A signed-in staff account as Spring Security holds it, with the wrong passwords counted against it when it was
 * loaded: a successful sign-in only needs to reset that count when there is one, so the usual request (HTTP Basic
 * on every call) writes nothing.
 */
final class StaffUser extends User {

    private final int failedAttempts;

    StaffUser(UserAccount account, boolean locked, Collection<? extends GrantedAuthority> authorities) {
        super(account.username(), account.passwordHash(), account.enabled(), true, true, !locked, authorities);
        this.failedAttempts = account.failedAttempts();
    }

    int failedAttempts() {
        return failedAttempts;
    }
}
