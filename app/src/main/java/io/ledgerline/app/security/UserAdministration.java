package io.ledgerline.app.security;

import io.ledgerline.api.security.Role;
import io.ledgerline.api.security.UserCreatedEvent;
import io.ledgerline.api.security.UserDisabledEvent;
import io.ledgerline.api.security.UserEnabledEvent;
import io.ledgerline.api.security.UserPasswordResetEvent;
import io.ledgerline.api.security.UserRolesAssignedEvent;
import io.ledgerline.app.security.UserPayload.FieldError;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account administration (ADMIN only, enforced at the GraphQL edge): create a user, assign roles,
 * disable, enable, reset a password. Each change and its security event commit in one transaction,
 * so the audit log holds exactly the changes that happened. Refusals name the argument and store nothing.
 */
@Service
public class UserAdministration {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    static final int MIN_PASSWORD = 12;
    static final int MAX_PASSWORD = 128;

    private final UserAccounts accounts;
    private final PasswordEncoder passwords;
    private final SecurityAuditLog auditLog;
    private final Clock clock;

    UserAdministration(UserAccounts accounts, PasswordEncoder passwords, SecurityAuditLog auditLog, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    List<UserView> all() {
        return accounts.all().stream().map(UserView::of).toList();
    }

    Optional<UserView> find(String username) {
        return accounts.find(username).map(UserView::of);
    }

    @Transactional
    public UserPayload create(String username, String password, Set<Role> roles, Authentication admin) {
        List<FieldError> errors = new ArrayList<>();
        if (username == null || !USERNAME.matcher(username).matches()) {
            errors.add(new FieldError(List.of("input", "username"), "INVALID_USERNAME",
                    "A username is 3 to 64 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter or digit."));
        }
        passwordProblem(password, List.of("input", "password")).ifPresent(errors::add);
        if (roles == null || roles.isEmpty()) {
            errors.add(new FieldError(List.of("input", "roles"), "ROLES_REQUIRED", "A user needs at least one role."));
        }
        if (!errors.isEmpty()) {
            return UserPayload.refused(errors);
        }
        if (!accounts.insert(username, passwords.encode(password), EnumSet.copyOf(roles), clock.instant())) {
            return UserPayload.refused(List.of(new FieldError(List.of("input", "username"), "USERNAME_TAKEN",
                    "The username '" + username + "' is taken.")));
        }
        auditLog.record(new UserCreatedEvent(username, EnumSet.copyOf(roles)), admin);
        return UserPayload.of(accounts.find(username).map(UserView::of).orElseThrow());
    }

    @Transactional
    public UserPayload assignRoles(String username, Set<Role> roles, Authentication admin) {
        Optional<UserAccount> account = accounts.find(username);
        if (account.isEmpty()) {
            return notFound(username);
        }
        if (roles == null || roles.isEmpty()) {
            return UserPayload.refused(List.of(new FieldError(List.of("roles"), "ROLES_REQUIRED",
                    "A user needs at least one role; disable the user instead.")));
        }
        if (account.get().roles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN) && isLastAdmin(username)) {
            return lastAdmin();
        }
        accounts.replaceRoles(username, EnumSet.copyOf(roles), clock.instant());
        auditLog.record(new UserRolesAssignedEvent(username, EnumSet.copyOf(roles), account.get().roles()), admin);
        return UserPayload.of(accounts.find(username).map(UserView::of).orElseThrow());
    }

    @Transactional
    public UserPayload disable(String username, String reason, Authentication admin) {
        Optional<UserAccount> account = accounts.find(username);
        if (account.isEmpty()) {
            return notFound(username);
        }
        if (reason == null || reason.isBlank()) {
            return UserPayload.refused(List.of(new FieldError(List.of("reason"), "REASON_REQUIRED",
                    "Say why the user is disabled.")));
        }
        if (username.equals(admin.getName())) {
            return UserPayload.refused(List.of(new FieldError(List.of("username"), "CANNOT_DISABLE_SELF",
                    "You cannot disable your own account.")));
        }
        if (account.get().roles().contains(Role.ADMIN) && isLastAdmin(username)) {
            return lastAdmin();
        }
        accounts.setEnabled(username, false, clock.instant());
        auditLog.record(new UserDisabledEvent(username, reason), admin);
        return UserPayload.of(accounts.find(username).map(UserView::of).orElseThrow());
    }

    @Transactional
    public UserPayload enable(String username, Authentication admin) {
        if (accounts.find(username).isEmpty()) {
            return notFound(username);
        }
        accounts.setEnabled(username, true, clock.instant());
        auditLog.record(new UserEnabledEvent(username), admin);
        return UserPayload.of(accounts.find(username).map(UserView::of).orElseThrow());
    }

    @Transactional
    public UserPayload resetPassword(String username, String password, Authentication admin) {
        if (accounts.find(username).isEmpty()) {
            return notFound(username);
        }
        Optional<FieldError> problem = passwordProblem(password, List.of("password"));
        if (problem.isPresent()) {
            return UserPayload.refused(List.of(problem.get()));
        }
        accounts.setPasswordHash(username, passwords.encode(password), clock.instant());
        auditLog.record(new UserPasswordResetEvent(username), admin);
        return UserPayload.of(accounts.find(username).map(UserView::of).orElseThrow());
    }

    /**
     * Creates an account on the application's own behalf (demo users, the bootstrap administrator) unless
     * the name is taken; the creation is audited as {@code system:<component>}. True when it was created.
     */
    @Transactional
    public boolean createUnlessPresent(String username, String password, Set<Role> roles, String component) {
        if (!accounts.insert(username, passwords.encode(password), EnumSet.copyOf(roles), clock.instant())) {
            return false;
        }
        auditLog.record(new UserCreatedEvent(username, EnumSet.copyOf(roles)), "system:" + component, SystemActor.ROLE);
        return true;
    }

    private boolean isLastAdmin(String username) {
        return accounts.enabledAdminsOtherThan(username) == 0;
    }

    private static Optional<FieldError> passwordProblem(String password, List<String> field) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            return Optional.of(new FieldError(field, "INVALID_PASSWORD",
                    "A password is " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters long."));
        }
        return Optional.empty();
    }

    private static UserPayload notFound(String username) {
        return UserPayload.refused(List.of(new FieldError(List.of("username"), "NOT_FOUND", "No user '" + username + "'.")));
    }

    private static UserPayload lastAdmin() {
        return UserPayload.refused(List.of(new FieldError(List.of("username"), "LAST_ADMIN",
                "This is the last enabled administrator; make another user ADMIN first.")));
    }
}
