package io.ledgerline.api.inventory;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * INV-7: alert when the sku's total available stock falls to or below {@code threshold} (0 or more). An
 * item whose threshold was never set has threshold 0, so it alerts when it runs out.
 */
public record SetLowStockThresholdCommand(@TargetAggregateIdentifier String sku, int threshold) {
}
