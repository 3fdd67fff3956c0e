package io.ledgerline.api.inventory;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** INV-4, ORD-9: the order shipped; turn its reservation of this sku into a deduction of on-hand stock. Idempotent. */
public record DeductReservedStockCommand(@TargetAggregateIdentifier String sku, String orderId) {
}
