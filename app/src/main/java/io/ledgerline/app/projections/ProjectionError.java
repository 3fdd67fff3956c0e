package io.ledgerline.app.projections;

import java.util.List;

/** The contract's {@code UserError} for the projection operations: the argument it concerns, a stable code, a message. */
record ProjectionError(List<String> field, String code, String message) {

    static ProjectionError onName(String code, String message) {
        return new ProjectionError(List.of("name"), code, message);
    }
}
