package io.ledgerline.api.inventory;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** INV-6: move {@code quantity} of a sku's available stock from one warehouse to another. */
public record TransferStockCommand(@TargetAggregateIdentifier String sku, String fromWarehouse,
                                   String toWarehouse, int quantity) {
}
