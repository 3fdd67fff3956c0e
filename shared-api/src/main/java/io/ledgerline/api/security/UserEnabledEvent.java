package io.ledgerline.api.security;

/** An administrator enabled a disabled user again. */
public record UserEnabledEvent(String username) {
}
