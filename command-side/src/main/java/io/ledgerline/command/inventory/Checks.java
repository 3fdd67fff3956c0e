package io.ledgerline.command.inventory;

import io.ledgerline.api.common.CommandRefusedException;
import io.ledgerline.api.common.Violation;
import java.util.ArrayList;
import java.util.List;

/** Collects what is wrong with a command's fields, so one refusal names every bad field at once. */
final class Checks {

    private final List<Violation> violations = new ArrayList<>();

    Checks required(String field, String value) {
        return that(value != null && !value.isBlank(), field, "REQUIRED", field + " is required");
    }

    Checks atLeastOne(String field, int quantity) {
        return that(quantity >= 1, field, "INVALID_QUANTITY", field + " must be at least 1");
    }

    Checks notNegative(String field, int quantity) {
        return that(quantity >= 0, field, "INVALID_QUANTITY", field + " must not be negative");
    }

    Checks that(boolean valid, String field, String code, String message) {
        if (!valid) {
            violations.add(Violation.of(field, code, message));
        }
        return this;
    }

    /** Refuses the command, changing nothing, if any check failed. */
    void orRefuse() {
        if (!violations.isEmpty()) {
            throw new CommandRefusedException(violations);
        }
    }
}
