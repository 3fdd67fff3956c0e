package io.ledgerline.api.inventory;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * INV-2: a manual correction of on-hand stock at a warehouse, up ({@code delta > 0}) or down
 * ({@code delta < 0}). A reason is required, and on-hand may never go below what is reserved there.
 */
public record AdjustStockCommand(@TargetAggregateIdentifier String sku, String warehouse, int delta,
                                 String reason) {
}
