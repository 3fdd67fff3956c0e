package io.ledgerline.app.security;

import io.ledgerline.api.security.Role;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code user_account} tables (Flyway V7). */
@Repository
class UserAccounts {

    private static final String SELECT = """
            select a.username, a.password_hash, a.enabled, a.failed_attempts, a.locked_until, r.role
              from user_account a left join user_account_role r on r.username = a.username
            """;

    private final JdbcClient jdbc;

    UserAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UserAccount> find(String username) {
        return read(SELECT + " where a.username = :username", Map.of("username", username)).stream().findFirst();
    }

    List<UserAccount> all() {
        return read(SELECT + " order by a.username", Map.of());
    }

    /** Inserts a new account; false when the username is taken (nothing changes then). */
    boolean insert(String username, String passwordHash, Set<Role> roles, Instant now) {
        int inserted = jdbc.sql("""
                        insert into user_account (username, password_hash, enabled, failed_attempts, created_at, updated_at)
                        values (:username, :hash, true, 0, :now, :now) on conflict (username) do nothing
                        """)
                .param("username", username).param("hash", passwordHash).param("now", Timestamp.from(now)).update();
        if (inserted == 0) {
            return false;
        }
        insertRoles(username, roles);
        return true;
    }

    void replaceRoles(String username, Set<Role> roles, Instant now) {
        jdbc.sql("delete from user_account_role where username = :username").param("username", username).update();
        insertRoles(username, roles);
        touch(username, now);
    }

    void setEnabled(String username, boolean enabled, Instant now) {
        jdbc.sql("update user_account set enabled = :enabled, failed_attempts = 0, locked_until = null, updated_at = :now where username = :username")
                .param("enabled", enabled).param("now", Timestamp.from(now)).param("username", username).update();
    }

    void setPasswordHash(String username, String passwordHash, Instant now) {
        jdbc.sql("update user_account set password_hash = :hash, failed_attempts = 0, locked_until = null, updated_at = :now where username = :username")
                .param("hash", passwordHash).param("now", Timestamp.from(now)).param("username", username).update();
    }

    /** Counts one more failed sign-in; empty when there is no such account. */
    OptionalInt recordFailure(String username) {
        return jdbc.sql("update user_account set failed_attempts = failed_attempts + 1 where username = :username returning failed_attempts")
                .param("username", username).query(Integer.class).optional()
                .map(OptionalInt::of).orElse(OptionalInt.empty());
    }

    void lock(String username, Instant until) {
        jdbc.sql("update user_account set failed_attempts = 0, locked_until = :until where username = :username")
                .param("until", Timestamp.from(until)).param("username", username).update();
    }

    /** Forgets earlier failures after a good sign-in; writes nothing when there were none. */
    void clearFailures(String username) {
        jdbc.sql("update user_account set failed_attempts = 0 where username = :username and failed_attempts > 0")
                .param("username", username).update();
    }

    long enabledAdminsOtherThan(String username) {
        return jdbc.sql("""
                        select count(*) from user_account a join user_account_role r on r.username = a.username
                         where r.role = 'ADMIN' and a.enabled and a.username <> :username
                        """).param("username", username).query(Long.class).single();
    }

    private void insertRoles(String username, Set<Role> roles) {
        for (Role role : roles) {
            jdbc.sql("insert into user_account_role (username, role) values (:username, :role)")
                    .param("username", username).param("role", role.name()).update();
        }
    }

    private void touch(String username, Instant now) {
        jdbc.sql("update user_account set updated_at = :now where username = :username")
                .param("now", Timestamp.from(now)).param("username", username).update();
    }

    private List<UserAccount> read(String sql, Map<String, ?> params) {
        Map<String, UserAccount> accounts = new LinkedHashMap<>();
        jdbc.sql(sql).params(params).query(rs -> {
            String username = rs.getString("username");
            UserAccount account = accounts.computeIfAbsent(username, name -> {
                try {
                    Timestamp locked = rs.getTimestamp("locked_until");
                    return new UserAccount(name, rs.getString("password_hash"), rs.getBoolean("enabled"),
                            rs.getInt("failed_attempts"), locked == null ? null : locked.toInstant(), EnumSet.noneOf(Role.class));
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            String role = rs.getString("role");
            if (role != null) {
                account.roles().add(Role.valueOf(role));
            }
        });
        return List.copyOf(accounts.values());
    }
}
