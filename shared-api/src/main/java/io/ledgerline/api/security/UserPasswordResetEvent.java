package io.ledgerline.api.security;

/** An administrator set a new password for a user (the password itself is never recorded). */
public record UserPasswordResetEvent(String username) {
}
