package io.ledgerline.api.inventory;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * INV-1: inbound stock of a sku arrived at a warehouse and goes on hand. The first receipt of a sku creates
 * its inventory item. {@code productName} is optional: when given it names the sku in views.
 */
public record ReceiveStockCommand(@TargetAggregateIdentifier String sku, String warehouse, int quantity,
                                  String productName) {
}
