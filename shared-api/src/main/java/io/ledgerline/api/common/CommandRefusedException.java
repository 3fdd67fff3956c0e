package io.ledgerline.api.common;

import java.util.List;

/**
 * A command broke a business rule and changed nothing. Carries every {@link Violation} found, so the
 * API can answer with field-level errors. Thrown by command handlers before anything is applied.
 */
public class CommandRefusedException extends RuntimeException {

    private final List<Violation> violations;

    public CommandRefusedException(List<Violation> violations) {
        super(violations.stream().map(v -> (v.field().isEmpty() ? "" : v.field() + ": ") + v.message())
                .reduce((a, b) -> a + "; " + b).orElse("refused"));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a refusal names at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public CommandRefusedException(Violation violation) {
        this(List.of(violation));
    }

    public static CommandRefusedException of(String field, String code, String message) {
        return new CommandRefusedException(Violation.of(field, code, message));
    }

    public static CommandRefusedException state(String code, String message) {
        return new CommandRefusedException(Violation.state(code, message));
    }

    public List<Violation> violations() {
        return violations;
    }

    /** The first violation's code, e.g. for a saga deciding what to do. */
    public String code() {
        return violations.getFirst().code();
    }
}
