package io.ledgerline.api.security;

import java.util.Set;

/** An administrator replaced a user's roles: {@code roles} is the complete new set, {@code previousRoles} the old one. */
public record UserRolesAssignedEvent(String username, Set<Role> roles, Set<Role> previousRoles) {
}
