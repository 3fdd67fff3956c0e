package io.ledgerline.api.security;

import java.util.Set;

/** An administrator created a staff account with these roles. The password never enters the log. */
public record UserCreatedEvent(String username, Set<Role> roles) {
}
