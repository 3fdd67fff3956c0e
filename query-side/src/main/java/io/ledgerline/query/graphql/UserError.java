package io.ledgerline.query.graphql;

import java.util.List;

/** The contract's {@code UserError}: what the caller can fix, the input path it concerns, and a stable code. */
record UserError(List<String> field, String code, String message) {
}
