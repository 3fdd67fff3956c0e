package io.ledgerline.reporting.period;

import java.util.List;

/**
 * A report argument the caller must fix, with a stable code ({@code INVALID_PERIOD}, {@code PERIOD_TOO_LONG},
 * {@code INVALID_ARGUMENT}) and the path of the argument ({@code ["period", "from"]}).
 */
public class ReportArgumentException extends RuntimeException {

    private final String code;
    private final List<String> field;

    public ReportArgumentException(String code, List<String> field, String message) {
        super(message);
        this.code = code;
        this.field = List.copyOf(field);
    }

    public String code() {
        return code;
    }

    public List<String> field() {
        return field;
    }
}
