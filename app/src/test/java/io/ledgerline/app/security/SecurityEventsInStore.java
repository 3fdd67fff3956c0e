package io.ledgerline.app.security;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Counts the security events (aggregate type {@code Security}) the tests expect in the event store. */
final class SecurityEventsInStore {

    private final JdbcClient jdbc;

    SecurityEventsInStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** SEC-2: refusals of {@code operation} (a GraphQL field or an HTTP path) recorded for {@code user}. */
    long denials(String user, String operation) {
        return jdbc.sql("""
                        select count(*) from domainevententry
                         where type = 'Security' and payloadtype like '%.AccessDeniedEvent'
                           and convert_from(metadata, 'UTF8')::jsonb ->> 'actor' = :user
                           and jsonb_exists(convert_from(payload, 'UTF8')::jsonb -> 'operations', :operation)
                        """).param("user", user).param("operation", operation).query(Long.class).single();
    }

    /** Events of {@code type} (a simple class name) about the account {@code username}. */
    long about(String username, String type) {
        return jdbc.sql("""
                        select count(*) from domainevententry where type = 'Security' and payloadtype like :type
                           and convert_from(payload, 'UTF8')::jsonb ->> 'username' = :username
                        """).param("type", "%." + type).param("username", username).query(Long.class).single();
    }
}
