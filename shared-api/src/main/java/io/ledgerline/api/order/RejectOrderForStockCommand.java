package io.ledgerline.api.order;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * ORD-3: some lines could not be reserved; the order is rejected OUT_OF_STOCK (sent by the saga).
 */
public record RejectOrderForStockCommand(@TargetAggregateIdentifier String orderId,
                                         List<String> skus) {
}
