package io.ledgerline.app.projections;

/** A rebuild that cannot start, with a stable code for the caller: NOT_FOUND, NOT_REBUILDABLE or REBUILD_IN_PROGRESS. */
public class RebuildRefusedException extends RuntimeException {

    private final String code;

    RebuildRefusedException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
