package io.ledgerline.query.graphql;

import io.ledgerline.api.order.OrderView;
import java.util.List;

/** The contract's {@code OrderPayload}: the order as it is after the change, or why there was no change. */
record OrderPayload(OrderView order, List<UserError> errors) {
}
