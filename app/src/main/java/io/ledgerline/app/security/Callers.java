package io.ledgerline.app.security;

import io.ledgerline.api.security.Role;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Reads a caller's name and roles off a Spring Security {@link Authentication}. */
public final class Callers {

    static final String ROLE_PREFIX = "ROLE_";

    private Callers() {
    }

    /** True for a signed-in caller (not anonymous, not null). */
    public static boolean isSignedIn(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    /** The caller's staff roles; authorities that are not one of the domain's roles are ignored. */
    public static Set<Role> roles(Authentication authentication) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (authentication == null) {
            return roles;
        }
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String name = authority.getAuthority();
            if (name != null && name.startsWith(ROLE_PREFIX)) {
                role(name.substring(ROLE_PREFIX.length())).ifPresent(roles::add);
            }
        }
        return roles;
    }

    /** The domain role of this exact name, if it is one. */
    static Optional<Role> role(String name) {
        return Arrays.stream(Role.values()).filter(role -> role.name().equals(name)).findFirst();
    }

    /**
     * The role text of the audit metadata (SEC-1): the caller's roles in the order of docs/domain.md,
     * comma-separated ({@code ORDER_CLERK}, or {@code FINANCE,WAREHOUSE} for someone holding both).
     * Authorities outside the domain roles ({@code ROLE_SYSTEM} of an in-process tool) are kept as they are.
     */
    public static String roleText(Authentication authentication) {
        Set<Role> roles = roles(authentication);
        if (!roles.isEmpty()) {
            return roles.stream().map(Role::name).collect(Collectors.joining(","));
        }
        return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(name -> name != null && name.startsWith(ROLE_PREFIX))
                .map(name -> name.substring(ROLE_PREFIX.length())).sorted().collect(Collectors.joining(","));
    }
}
