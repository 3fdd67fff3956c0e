package io.ledgerline.app.security;

import java.util.List;

/** The answer of a user-administration mutation: the account as it is now, or what was wrong with the input. */
record UserPayload(UserView user, List<FieldError> errors) {

    /** Matches the GraphQL {@code UserError} type: the argument path, a stable code, a sentence. */
    record FieldError(List<String> field, String code, String message) {
    }

    static UserPayload of(UserView user) {
        return new UserPayload(user, List.of());
    }

    static UserPayload refused(List<FieldError> errors) {
        return new UserPayload(null, errors);
    }
}
