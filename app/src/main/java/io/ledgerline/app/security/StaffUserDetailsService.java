package io.ledgerline.app.security;

import java.time.Clock;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Loads a staff account for HTTP Basic and form sign-in. Read fresh on every sign-in, so disabling a
 * user or changing their roles takes effect on their next request, on every node.
 */
@Component
class StaffUserDetailsService implements UserDetailsService {

    private final UserAccounts accounts;
    private final Clock clock;

    StaffUserDetailsService(UserAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.find(username).orElseThrow(() -> new UsernameNotFoundException("no such user"));
        return new StaffUser(account, account.lockedAt(clock.instant()),
                AuthorityUtils.createAuthorityList(account.roles().stream().map(role -> "ROLE_" + role.name()).toList()));
    }
}
