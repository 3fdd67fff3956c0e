package io.ledgerline.api.inventory;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * INV-3: give back what was reserved for an order (cancelled, rejected, timed out, lines modified). A
 * release for an order with no reservation of this sku is a no-op, so compensation can be retried safely.
 */
public record ReleaseReservationCommand(@TargetAggregateIdentifier String sku, String orderId, String reason) {
}
