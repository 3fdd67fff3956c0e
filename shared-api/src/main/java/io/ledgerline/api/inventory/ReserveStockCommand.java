package io.ledgerline.api.inventory;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * INV-3: reserve {@code quantity} of a sku for one order line, all or nothing: from one warehouse that can
 * serve all of it (highest priority first), else split across warehouses. Sent by the order fulfilment
 * saga for every line of a placed order (ORD-3). A second reservation for the same order and sku is a no-op.
 */
public record ReserveStockCommand(@TargetAggregateIdentifier String sku, String orderId, int quantity) {
}
