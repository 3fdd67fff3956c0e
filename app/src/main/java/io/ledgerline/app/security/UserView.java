package io.ledgerline.app.security;

import io.ledgerline.api.security.Role;
import java.time.Instant;
import java.util.List;

/** A staff account as the GraphQL {@code User} type shows it (never the password hash). */
record UserView(String username, List<Role> roles, boolean enabled, Instant lockedUntil) {

    static UserView of(UserAccount account) {
        return new UserView(account.username(), List.copyOf(account.roles()), account.enabled(), account.lockedUntil());
    }
}
