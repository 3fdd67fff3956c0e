package io.ledgerline.query.graphql;

/** A field of the contract whose implementation has not landed yet: answered with a clear error, never with made-up data. */
class NotYetAvailableException extends RuntimeException {

    NotYetAvailableException(String field) {
        super("'" + field + "' is not yet available in this version of Ledgerline");
    }
}
