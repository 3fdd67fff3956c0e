package io.ledgerline.api.inventory;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** INV-5: {@code countedBy} physically counted {@code counted} units of a sku at a warehouse. */
public record RecordStocktakeCommand(@TargetAggregateIdentifier String sku, String warehouse, int counted,
                                     String countedBy) {
}
