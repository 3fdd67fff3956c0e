package io.ledgerline.query.graphql;

import io.ledgerline.api.refund.RefundView;
import java.util.List;

/** The contract's {@code RefundPayload}: the refund after the change, or why there was no change. */
record RefundPayload(RefundView refund, List<UserError> errors) {
}
