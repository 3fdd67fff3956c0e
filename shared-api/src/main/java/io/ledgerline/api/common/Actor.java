package io.ledgerline.api.common;

/**
 * Who issued a command (SEC-1): a user id and the role they acted in. Travels as event metadata
 * under the keys {@link #USER_KEY} and {@link #ROLE_KEY}.
 */
public record Actor(String userId, String role) {

    public static final String USER_KEY = "actor";
    public static final String ROLE_KEY = "role";
}
