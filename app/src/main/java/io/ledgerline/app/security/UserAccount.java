package io.ledgerline.app.security;

import io.ledgerline.api.security.Role;
import java.time.Instant;
import java.util.Set;

/** A staff account as stored: the hash never leaves the security package. */
public record UserAccount(String username, String passwordHash, boolean enabled, int failedAttempts,
                          Instant lockedUntil, Set<Role> roles) {

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
