package io.ledgerline.api.inventory;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * INV-3: how strongly reservations of this sku prefer a warehouse: a higher number is preferred; a
 * warehouse never given one has priority 0; equal priorities are taken in warehouse-name order.
 */
public record SetWarehousePriorityCommand(@TargetAggregateIdentifier String sku, String warehouse,
                                          int priority) {
}
