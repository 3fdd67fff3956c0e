package io.ledgerline.api.inventory;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** INV-8, REF-5: goods returned with a refund go back on hand at the chosen warehouse. Idempotent per refund. */
public record RestockReturnedGoodsCommand(@TargetAggregateIdentifier String sku, String warehouse, int quantity,
                                          String refundId) {
}
