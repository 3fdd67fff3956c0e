package io.ledgerline.api.security;

/** An administrator disabled a user: from now on every sign-in of theirs is refused. */
public record UserDisabledEvent(String username, String reason) {
}
