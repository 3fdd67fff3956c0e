package io.ledgerline.query.order;

/** A page of a list was asked for with a cursor this list never gave out, or a negative size: the caller's mistake. */
public class InvalidPageRequestException extends IllegalArgumentException {

    InvalidPageRequestException(String message) {
        super(message);
    }
}
