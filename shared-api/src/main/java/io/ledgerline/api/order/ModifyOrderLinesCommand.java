package io.ledgerline.api.order;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** ORD-4: replace an unpaid order's lines (skus, quantities); address and customer cannot change. */
public record ModifyOrderLinesCommand(@TargetAggregateIdentifier String orderId,
                                      List<OrderLine> lines) {
}
