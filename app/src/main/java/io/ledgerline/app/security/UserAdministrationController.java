package io.ledgerline.app.security;

import io.ledgerline.api.security.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;

/** GraphQL for accounts: {@code me}, {@code users} and the ADMIN mutations (schema: graphql/security.graphqls). */
@Controller
class UserAdministrationController {

    private final UserAdministration administration;

    UserAdministrationController(UserAdministration administration) {
        this.administration = administration;
    }

    record CreateUserInput(String username, String password, List<Role> roles) {
    }

    /** The caller; someone signed in by a bearer token has no stored account, only the token's name and roles. */
    @QueryMapping
    UserView me() {
        Authentication caller = caller();
        return administration.find(caller.getName())
                .orElseGet(() -> new UserView(caller.getName(), List.copyOf(Callers.roles(caller)), true, null));
    }

    @QueryMapping
    List<UserView> users() {
        return administration.all();
    }

    @MutationMapping
    UserPayload createUser(@Argument CreateUserInput input) {
        return administration.create(input.username(), input.password(), roles(input.roles()), caller());
    }

    @MutationMapping
    UserPayload assignRoles(@Argument String username, @Argument List<Role> roles) {
        return administration.assignRoles(username, roles(roles), caller());
    }

    @MutationMapping
    UserPayload disableUser(@Argument String username, @Argument String reason) {
        return administration.disable(username, reason, caller());
    }

    @MutationMapping
    UserPayload enableUser(@Argument String username) {
        return administration.enable(username, caller());
    }

    @MutationMapping
    UserPayload resetPassword(@Argument String username, @Argument String password) {
        return administration.resetPassword(username, password, caller());
    }

    private static Set<Role> roles(List<Role> roles) {
        return roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    private static Authentication caller() {
        return SecurityContextHolder.getContext().getAuthentication();
    }
}
