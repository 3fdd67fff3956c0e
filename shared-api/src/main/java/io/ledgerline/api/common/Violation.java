package io.ledgerline.api.common;

/**
 * One reason a command was refused: the input field it concerns (a dotted path such as
 * {@code lines.2.quantity}, or empty when the refusal is about the aggregate's state), a stable code the
 * frontend can switch on (e.g. {@code OUT_OF_STOCK}), and a message for people.
 */
public record Violation(String field, String code, String message) {

    public static Violation of(String field, String code, String message) {
        return new Violation(field, code, message);
    }

    /** A refusal about the aggregate's state rather than one input field. */
    public static Violation state(String code, String message) {
        return new Violation("", code, message);
    }
}
