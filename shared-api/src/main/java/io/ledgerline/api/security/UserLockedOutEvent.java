package io.ledgerline.api.security;

import java.time.Instant;

/** Too many failed sign-ins in a row: the account refuses every sign-in until {@code until}. */
public record UserLockedOutEvent(String username, int failedAttempts, Instant until) {
}
